/**
 * Registry keys where the replay and class screens publish what they show, as
 * plain data, for the test handle (read-only: nothing reads them back).
 */
export const REPLAY_SCREENS = {
  viewer: 'replay-viewer',
  compare: 'replay-compare',
  classSetup: 'class-setup',
  classResults: 'class-results',
} as const;

export interface ViewerReport {
  readonly scenario: string;
  readonly seed: string;
  readonly player: string;
  readonly source: string;
  /** 0-based month of the state shown. */
  readonly turn: number;
  readonly turnLabel: string;
  /** Decisions applied at the position shown (0: the opening). */
  readonly step: number;
  readonly total: number;
  readonly decision: string | null;
  readonly changes: number;
  readonly over: boolean;
  readonly canPlayOn: boolean;
  readonly comparable: boolean;
}

export interface CompareReport {
  readonly shared: number;
  readonly original: { readonly score: number; readonly outcome: string | null };
  readonly branch: { readonly score: number; readonly outcome: string | null };
  readonly scoreDelta: number;
  readonly rows: number;
}

export interface ClassSetupReport {
  readonly scenario: string;
  readonly code: string;
  readonly link: string;
  /** Whether a QR code of the link is drawn (none can hold a link that carries a scenario). */
  readonly qr: boolean;
  /** Whether the link points at this computer only. */
  readonly local: boolean;
}

export interface ClassResultsReport {
  readonly busy: boolean;
  readonly progress: { readonly done: number; readonly total: number };
  readonly files: number;
  readonly filter: string | null;
  readonly rows: readonly {
    readonly rank: number;
    readonly name: string;
    readonly file: string;
    readonly score: number;
    readonly outcome: string;
    readonly keyDecisions: string;
    readonly duplicate: boolean;
    readonly scenario: string;
    readonly seed: string;
    readonly progress: string;
    readonly beyondBots: string | null;
  }[];
  /** Unfinished and held-back games: who, which file, why. */
  readonly held: readonly {
    readonly name: string;
    readonly file: string;
    readonly label: string;
    readonly detail: string;
  }[];
  /** The loud line beside the class-code field (no code, several classes, a bad code). */
  readonly warning: string;
  readonly invalid: readonly {
    readonly file: string;
    readonly name: string;
    readonly code: string;
    readonly reason: string;
  }[];
  readonly duplicates: readonly string[];
}
