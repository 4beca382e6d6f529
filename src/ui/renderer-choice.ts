/**
 * Which renderer to draw with. Without a GPU (most school PCs, headless Chromium) WebGL still
 * works, but in software (SwiftShader, llvmpipe, WARP): measured here at 4 fps against ~30 fps
 * for the Canvas renderer. So WebGL is used only when it runs on real graphics hardware.
 * `?renderer=canvas` or `?renderer=webgl` overrides the choice.
 */
export type RendererKind = 'canvas' | 'webgl';

/** Whether WebGL runs on a GPU ('hardware') or not (software, blocklisted or missing). */
export type WebGLSupport = 'software' | 'hardware';

/** Names of software rasterisers, as WEBGL_debug_renderer_info reports them. */
const SOFTWARE_RENDERERS =
  /swiftshader|llvmpipe|softpipe|software|basic render|warp|mesa offscreen/i;

export function chooseRenderer(search: string, webgl: WebGLSupport): RendererKind {
  const forced = new URLSearchParams(search).get('renderer');
  if (forced === 'canvas' || forced === 'webgl') return forced;
  return webgl === 'hardware' ? 'webgl' : 'canvas';
}

/**
 * Classifies the probe: `fast` is false when the browser refused a context with
 * failIfMajorPerformanceCaveat (software rendering, a blocklisted GPU, or no WebGL at all:
 * Canvas either way); otherwise the driver's renderer name can still betray a software one.
 */
export function classifyWebGL(fast: boolean, rendererName: string): WebGLSupport {
  if (!fast) return 'software';
  return SOFTWARE_RENDERERS.test(rendererName) ? 'software' : 'hardware';
}

/**
 * Asks the browser on a throwaway canvas, released at once. Only a context without a
 * performance caveat is opened: making a software one just to name it cost time at start-up.
 */
export function probeWebGL(): WebGLSupport {
  let gl: WebGLRenderingContext | null = null;
  try {
    gl = document
      .createElement('canvas')
      .getContext('webgl', { failIfMajorPerformanceCaveat: true }) as WebGLRenderingContext | null;
  } catch {
    gl = null;
  }
  if (!gl) return classifyWebGL(false, '');
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return classifyWebGL(true, name);
}
