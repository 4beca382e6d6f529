import { describe, expect, test } from 'vitest';
import { chooseRenderer, classifyWebGL } from '../../src/ui/renderer-choice';

describe('renderer choice', () => {
  test.each([
    ['', 'hardware', 'webgl'],
    ['', 'software', 'canvas'],
    ['?renderer=webgl', 'software', 'webgl'],
    ['?renderer=canvas', 'hardware', 'canvas'],
    ['?renderer=vulkan', 'hardware', 'webgl'],
    ['?seed=x&renderer=canvas', 'hardware', 'canvas'],
  ] as const)('%s with %s WebGL draws with %s', (search, webgl, expected) => {
    expect(chooseRenderer(search, webgl)).toBe(expected);
  });

  test.each([
    [true, 'ANGLE (NVIDIA, NVIDIA GeForce GTX 1650 Direct3D11 vs_5_0 ps_5_0)', 'hardware'],
    [true, 'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)', 'hardware'],
    [true, 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader)', 'software'],
    [true, 'llvmpipe (LLVM 15.0.6, 256 bits)', 'software'],
    [true, 'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11)', 'software'],
    [false, '', 'software'],
  ] as const)('caveat-free context %s, renderer %s: %s', (fast, name, expected) => {
    expect(classifyWebGL(fast, name)).toBe(expected);
  });
});
