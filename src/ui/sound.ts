/**
 * Short sound cues, synthesised with Web Audio (no sound files): a card played, an event
 * arriving, a month ending, a warning. Quiet and brief, so they mark a moment without
 * drowning it; muted by the player's setting (remembered). The audio context starts on the
 * first cue, which always follows a key press or a click, as browsers require.
 */
import { app } from './app';
import { settings } from './settings';

export type Cue = 'play' | 'event' | 'month' | 'warning' | 'end';

/** Each cue as notes: frequency (Hz), start and length (s), and the wave's shape. */
const CUES: Readonly<Record<Cue, readonly [number, number, number, OscillatorType][]>> = {
  play: [
    [523.25, 0, 0.09, 'triangle'],
    [783.99, 0.07, 0.12, 'triangle'],
  ],
  event: [
    [392, 0, 0.12, 'sine'],
    [523.25, 0.1, 0.18, 'sine'],
  ],
  month: [
    [261.63, 0, 0.16, 'triangle'],
    [329.63, 0.12, 0.16, 'triangle'],
    [392, 0.24, 0.26, 'triangle'],
  ],
  warning: [
    [440, 0, 0.14, 'square'],
    [349.23, 0.16, 0.22, 'square'],
  ],
  end: [
    [392, 0, 0.2, 'sine'],
    [329.63, 0.18, 0.2, 'sine'],
    [261.63, 0.36, 0.4, 'sine'],
  ],
};

const VOLUME = 0.06;
// The page's one audio context: a browser resource opened at the first cue, not state.
let context: AudioContext | null = null;

export function playCue(cue: Cue): void {
  if (settings().muted) return;
  app().session.getState().cuePlayed(cue);
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') void context.resume();
    const start = context.currentTime + 0.01;
    for (const [frequency, at, length, type] of CUES[cue]) {
      const osc = context.createOscillator();
      const gain = context.createGain();
      osc.type = type;
      osc.frequency.value = frequency;
      // A soft attack and an exponential fade: no clicks.
      gain.gain.setValueAtTime(0.0001, start + at);
      gain.gain.exponentialRampToValueAtTime(VOLUME, start + at + 0.015);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + at + length);
      osc.connect(gain).connect(context.destination);
      osc.start(start + at);
      osc.stop(start + at + length + 0.02);
    }
  } catch {
    // No audio device or no Web Audio: the game is complete without sound.
  }
}
