/**
 * The complete English catalog: every word the UI, the view models and the CLI summaries show.
 * Vietnamese names keep their diacritics. Other languages translate this shape (see vi.ts);
 * a key they lack falls back to the English here.
 */
import type { RuleId } from '../engine/sources';
import { plural } from './format';

/** The numbers the guided first month quotes, from the scenario being played. */
export interface GuideNumbers {
  readonly year: string;
  readonly band: number;
  readonly lost: number;
  readonly rupture: number;
  /** What a turn is called here, in the player's language: "month", "fortnight", "week". */
  readonly unit: string;
  /** The stock above which unspent capital melts (rules.home.capitalUpkeep), or null: none. */
  readonly upkeepFrom: number | null;
  /** The share of the stock above upkeepFrom that melts each turn (0.5: half). */
  readonly upkeepShare: number;
  /** What comes in at the first turn's end, as the rules stand at the start. */
  readonly income: number;
  /** The capital the first turn starts with, when the guide knows it: it is not an income. */
  readonly start?: number;
  /** Whether relations left unattended cool (rules.neglect). */
  readonly neglect: boolean;
  /** The relation with a rival above which a power grows wary (rules.warmth); absent: no such rule. */
  readonly warmthFrom?: number;
}

/** " (the 4 you hold now are your starting stock)": why the first turn holds less than an income. */
const startStock = (n: GuideNumbers): string =>
  n.start === undefined ? '' : ` (the ${n.start} you hold now are your starting stock)`;

/** "half", "a third", or a percentage: how much of a stock melts. */
function shareWord(share: number): string {
  if (share === 0.5) return 'half';
  if (Math.abs(share - 1 / 3) < 0.01) return 'a third';
  if (share === 0.25) return 'a quarter';
  if (share === 1) return 'all';
  return `${Math.round(share * 100)}%`;
}

export const EN = {
  loading: 'Loading…',
  mapCaption: 'Southeast Asia, the East Sea and the powers around it, January 2023',
  mapCredit: 'Map: Natural Earth (public domain). Borders and names are not an endorsement.',
  legendTitle: 'Legend',
  legend: {
    vietnam: 'Vietnam (you)',
    china: 'China',
    japan: 'Japan',
    usAlly: 'US treaty ally',
    asean: 'ASEAN neighbour',
    other: 'Other',
    disputed: 'Disputed islands',
  },
  /** What a mark on the map stands for, in its tooltip and in the text mirror. */
  marks: {
    kinds: {
      'coast-guard': 'Coast guard ships',
      'survey-ship': 'A survey ship',
      warship: 'A warship',
      'fishing-boat': 'Fishing boats',
      visit: 'A visit',
      incident: 'A clash at sea',
      news: 'In the news',
    } as Record<string, string>,
    now: (unit: string) => `this ${unit}`,
    ago: (n: number, unit: string) => (n === 1 ? `last ${unit}` : `${n} ${unit}s ago`),
    /** Heads the text mirror's list of marks. */
    heading: 'On the map',
    /** A news label's "×2": how many of the news lines are placed there. */
    count: (n: number, unit: string) => `×${n}: ${n} news items here this ${unit}`,
    /** A capital's star, on hover or tap. */
    capital: (name: string) =>
      `★ ${name}: a national capital (a star marks each capital; a dot, another city)`,
    /** Under a mark that sits on a capital's star. */
    starred: '★ the star under it marks a national capital',
  },
  countries: {
    VNM: 'Vietnam',
    CHN: 'China',
    JPN: 'Japan',
    PHL: 'Philippines',
    KOR: 'South Korea',
    PRK: 'North Korea',
    LAO: 'Laos',
    KHM: 'Cambodia',
    THA: 'Thailand',
    MMR: 'Myanmar',
    MYS: 'Malaysia',
    IDN: 'Indonesia',
    TWN: 'Taiwan',
  } as Record<string, string>,
  seas: {
    eastSea: 'East Sea\n(South China Sea)',
    gulfThailand: 'Gulf of\nThailand',
    philippineSea: 'Philippine Sea',
    eastChinaSea: 'East China Sea',
    pacific: 'Pacific Ocean',
  } as Record<string, string>,
  /**
   * Names on the map, by anchor id (src/ui/map/anchors.ts); an id missing here keeps the anchor's.
   * Vietnamese places keep their Vietnamese spelling, as the scenarios' texts write them.
   */
  places: {
    hanoi: 'Hà Nội',
    beijing: 'Beijing',
    tokyo: 'Tokyo',
    manila: 'Manila',
    washington: 'Washington',
    danang: 'Đà Nẵng',
    haiphong: 'Hải Phòng',
    hochiminh: 'Hồ Chí Minh City',
    laocai: 'Lào Cai',
    kunming: 'Kunming',
    paracels: 'Paracel Is.',
    spratlys: 'Spratly Is.',
    vanguard: 'Vanguard Bank',
    'second-thomas': 'Second Thomas Shoal',
    scarborough: 'Scarborough Shoal',
  } as Record<string, string>,
  disputedSuffix: '(disputed)',
  offMapWashington: 'Washington',
  offMapDirection: '13,000 km east',
  /** What a turn is called (a scenario's turnUnit): as a word, and at the start of a label. */
  units: {
    word: { month: 'month', fortnight: 'fortnight', week: 'week' },
    title: { month: 'Month', fortnight: 'Fortnight', week: 'Week' },
  },
  /**
   * Explanations that add up: the month in review's causes, its pages, the end screen's score
   * term by term, the month's lean split by who signalled it, and the map's shorter names.
   */
  explain: {
    movers: {
      top: 'What moved most, and why',
      rest: (unit: string) => `Everything else that moved this ${unit}, and why`,
      /** The row that stands for the smallest causes together, so none is left out. */
      other: (count: number) => `${count} smaller causes together`,
    },
    lean: {
      /** The two parts of the lean a turn's end reads: the player's and the events'. */
      decisions: (unit: string) => `Your decisions this ${unit}`,
      events: (unit: string) => `Signalled by this ${unit}'s events`,
      eventsNamed: (unit: string, titles: string) =>
        `Signalled by this ${unit}'s events (${titles})`,
      heading: (unit: string) => `Lean signalled this ${unit}, read at its end`,
      part: (who: string, drift: string) => `${who}: drift ${drift}`,
      total: (drift: string, unit: string) =>
        `Together: drift ${drift} when the ${unit} ends, before the fade`,
    },
    score: {
      heading: 'How the score adds up',
      /** One term: the part's own figure out of 100, its weight, and the points it gives. */
      term: (value: string, weight: string, points: string) => `${value} × ${weight} = ${points}`,
      weakestLink: (power: string) => `Your weakest relation (${power})`,
      relations: 'Relations on average',
      growth: (growth: string, full: string) => `Growth ${growth} (${full} scores 100)`,
      sovereignty: (free: string) =>
        `Sovereignty at sea (standing and presence, less half the tension above ${free})`,
      stability: 'Stability at home (mood, legitimacy)',
      autonomy: (drift: string) => `Autonomy (100 − drift ${drift})`,
      penalty: 'Collapse penalty',
      floor: 'The score stops at 0',
      ceiling: 'The score stops at 100',
      total: (score: string) => `Bamboo score ${score}`,
    },
    /** Shorter names where a map is crowded; a place without one keeps its name or gives way. */
    mapShort: {
      hochiminh: 'HCMC',
      scarborough: 'Scarborough',
      'second-thomas': 'Second Thomas',
      eastSea: 'East Sea',
    } as Record<string, string>,
  },
  game: {
    turnOf: (turn: number, turns: number, unit = 'Month') => `${unit} ${turn} of ${turns}`,
    capital: 'Political capital',
    score: 'Score so far',
    undo: 'Undo',
    keysButton: 'Keys',
    menuButton: 'Menu',
    endMonth: 'End month',
    endTurn: (unit: string) => `End ${unit}`,
    unspent: {
      title: (capital: number) => `${capital} political capital unspent`,
      text: (capital: number, cards: number, unit: string) =>
        `You still have ${capital} political capital, and ${cards === 1 ? 'one card' : `${cards} cards`} you can play this ${unit}. End the ${unit} without them?`,
      end: (unit: string) => `End the ${unit} anyway`,
      back: 'Go back',
    },
    answerEvent: 'Answer the event',
    /** The month review's line on capital: the net change, then each cause. */
    capitalLine: (delta: string, unit: string, causes: string) =>
      `Political capital ${delta} for the new ${unit}${causes ? `: ${causes}` : ''}`,
    /** Beside the gauges' first heading: their causes are a hover, tap or focus away. */
    gaugeHint: (touch: boolean) =>
      touch ? 'Tap a gauge: what moved it' : 'Hover or focus (G) a gauge: what moved it',
    debrief: 'Debrief',
    saved: 'Saved after every decision',
    /** The portrait (phone) screen's tabs under the powers and the bamboo meter. */
    tabs: { gauges: 'Gauges', news: 'News', map: 'Map' },
    groups: {
      powers: 'The powers',
      drift: 'Bamboo meter: your drift',
      economy: 'Economy',
      sea: 'East Sea',
      home: 'Home',
    },
    tierPips: (rank: number, of: number) => `Partnership tier ${rank} of ${of}`,
    shortNames: {
      relations: 'Relations',
      suspicion: 'Suspicion',
      patience: 'Patience',
      'autonomy.drift': 'Drift',
      'economy.growth': 'GDP growth',
      'economy.tradeDependence': 'China inputs',
      'economy.usAccess': 'US market',
      'economy.investment': 'Invest.',
      'economy.infrastructure': 'Infrastructure',
      'economy.rareEarths': 'Rare earths',
      'sea.tension': 'Tension',
      'sea.incidents': 'Incidents',
      'sea.incidentsTotal': 'Past months',
      'sea.presence': 'Presence',
      'sea.standing': 'Standing',
      'home.mood': 'Public mood',
      'home.nationalism': 'Nationalism',
      'home.legitimacy': 'Legitimacy',
      'home.capital': 'Capital left',
    } as Record<string, string>,
    /** A per-power gauge's short name: the family's, then the power's. */
    shortOf: (family: string, power: string) => `${family} ${power}`,
    drift: {
      toNegative: (capitals: string) => `◀ ${capitals}`,
      toPositive: (capitals: string) => `${capitals} ▶`,
      value: (text: string, where: string) => `Drift ${text}: ${where}`,
      centre: 'on the neutral line',
      inBand: 'inside the safe band',
      outBand: 'outside the safe band',
    },
    tooltip: {
      /** The gauge's trend and the span it covers ("since the start of February 2023"). */
      trend: (text: string, since: string) => `${text} ${since}`,
      recent: 'Latest changes and their causes',
      none: 'No change yet this game.',
      change: (when: string, from: string, to: string, delta: string) =>
        `${when}: ${from} → ${to} (${delta})`,
    },
    actions: {
      heading: 'Actions',
      page: (page: number, pages: number) => `${page}/${pages}`,
      prev: '◀',
      next: '▶',
      cost: (cost: number) => `cost ${cost}`,
      /** A price the state has raised above the printed one: the arrow says "higher than usual". */
      costRaised: (cost: number) => `cost ${cost}▲`,
      notNow: 'Not now: ',
      hint: 'Enter on a card shows what it will do before you commit.',
    },
    advisor: {
      heading: 'Advisor: the rest of the year played 1,000 times',
      styles:
        'Played on your way so far, this choice included: your lean, rash moves, cards a month, idle months. It shows where carrying on like this leads, not the best move. Each figure is the usual result; in brackets, a bad future to a good one.',
      thinking: (pct: number) => `Simulating the rest of the year… ${pct}%`,
      off: 'The advisor is off. Reason it out first, then ask it if you want a second opinion.',
      ask: 'Ask the advisor',
      hide: 'Hide the advisor',
      failed: 'The advisor could not simulate this decision.',
      baselineCard: (unit: string) => `ending the ${unit} now`,
      baselineChoice: 'the first, most cautious answer',
      toggled: (on: boolean) =>
        on ? 'Advisor on: previews show simulated futures.' : 'Advisor off.',
      menu: (on: boolean) => (on ? 'Advisor: on' : 'Advisor: off'),
    },
    preview: {
      cost: (cost: number, have: number) => `Costs ${cost} political capital (you have ${have}).`,
      free: 'Costs no political capital.',
      rises: (base: number, list: string) =>
        `▲ Up from its usual ${base}: the price rises with ${list}.`,
      follows: (list: string) => `The price follows ${list}.`,
      rise: (label: string, amount: string) => `${label} (${amount})`,
      priceTerm: (amount: string, label: string) =>
        `${amount.replace(/^([+\u2212])/, '$1 ')} for ${label}`,
      priceSum: (cost: number, base: number | null, terms: string, rounded: boolean) =>
        `Price ${cost} = ${base === null ? '' : `${base} printed `}${terms}${rounded ? ', rounded' : ''}.`,
      priceMoved: (was: number, now: number) =>
        ` ${now > was ? 'Up' : 'Down'} from ${was} last month.`,
      repeatFade: (before: number, share: string, each: string) =>
        before === 1
          ? `Played once before: a second play keeps ${share} of the card’s printed effects.`
          : `Played ${before} times before: this play keeps ${share} of the card’s printed effects (each repeat keeps ${each} of the one before).`,
      certain: 'At once, after this choice',
      signals: (unit: string) => `Expected at the ${unit}’s end`,
      signalsWhy: (unit: string) =>
        `When the ${unit} ends, each power reads the lean this choice signals and reacts.`,
      driftEnd: (
        unit: string,
        from: string,
        to: string,
        own: string,
        earlier: string | null,
        fade: string | null,
      ) =>
        `Bamboo meter at the ${unit}’s end: ${from} → ${to} (${own} from this choice${earlier ? `, ${earlier} from this ${unit}’s earlier moves` : ''}${fade ? `, then ${fade} back toward the centre` : ''})`,
      tiers: 'Partnerships',
      tierChange: (power: string, from: string, to: string) => `${power}: ${from} → ${to}`,
      closes: 'Closes for good',
      /** What may happen by chance, grouped by whether it can only hurt, only help, or either. */
      chances: {
        risk: 'Risks: only bad outcomes',
        mixed: 'Could go either way',
        gain: 'Chances of a gain: only good outcomes',
        line: (chance: string, text: string) => `${chance} chance: ${text}`,
      },
      /** Under a preview that continues below what shows: scroll (wheel, keys, a finger) for the rest. */
      more: '▼ More',
      nothing: 'No certain effect on the gauges.',
      blocked: 'Not possible now: ',
      confirm: 'Confirm',
      cancel: 'Cancel',
      heading: 'Before you commit',
      hover: 'Focus or hover a choice to see what it will do.',
    },
    event: {
      when: (date: string, place: string) => `${date} · ${place}`,
      sources: 'Sources: ',
      moreSources: (n: number) => ` and ${n} more`,
      whatIf: 'What if: an invented event, not part of the record of 2023.',
      disagree: 'Sources disagree: ',
      views: 'Compare the views',
      oneAccount:
        'The sources tell this one the same way: there are no differing views to compare.',
      viewsTitle: 'Where the sources disagree',
      heldBy: (who: string) => `— ${who}`,
      close: 'Close',
      hint: (choices: number, undo: boolean) =>
        `${choices > 1 ? `Keys 1–${choices} pick a choice` : 'Key 1 picks the choice'}; Esc hides this to look at the board (E brings it back)${undo ? '; U takes back your last answer' : ''}.`,
    },
    news: {
      heading: (month: string) => `News · ${month}`,
      review: 'Month in review',
      more: (n: number, unit = 'month') => `+${n} more: see the ${unit} in review [R]`,
      empty: 'No news yet. The powers react at the end of each month.',
      emptyOf: (unit: string) => `No news yet. The powers react at the end of each ${unit}.`,
      actors: {
        you: 'YOU',
        world: 'WORLD',
        rules: 'RULES',
      } as Record<string, string>,
      elsewhere: 'Off the map',
    },
    sound: {
      toggled: (on: boolean) => (on ? 'Sound on (S).' : 'Sound off (S).'),
      menu: (on: boolean) => (on ? 'Sound: on' : 'Sound: off'),
      button: (on: boolean) => (on ? 'Sound on' : 'Muted'),
    },
    guide: {
      again: 'Guide',
      title: (step: number, of: number, title: string) => `${title} (${step}/${of})`,
      next: 'Next',
      start: 'Start playing',
      skip: 'Skip the guide',
      /** On a phone, where both buttons share one row. */
      skipShort: 'Skip',
      steps: {
        goal: {
          title: 'Your goal',
          text: (n: GuideNumbers) =>
            `You govern Vietnam through ${n.year}. Win by bending without breaking: at the end Beijing, Washington and Tokyo must all still want you, the economy must still grow and the public must stay calm. If a relation breaks, the sea boils over or the streets turn, the game ends early.`,
        },
        drift: {
          title: 'The bamboo meter',
          text: (n: GuideNumbers) =>
            `Drift shows how far you lean: left toward Beijing, right toward Washington. Inside the band (±${n.band}) you are safe. Beyond it the far capital starts to punish you; at ±${n.lost} you lose your autonomy. A move back toward the centre is good, whichever side you are on.`,
        },
        powers: {
          title: 'Relations and suspicion',
          text: (n: GuideNumbers) =>
            `Each power has a relation with you (0–100; at ${n.rupture} or below when a ${n.unit} ends, it breaks off) and a suspicion: how far it thinks you lean to its rival. Being seen to lean costs: a suspicious power makes your next step with it dearer, and its patience (out of 10) wears down; at zero it reaches for its harshest pressure.${n.neglect ? ` A power you ignore for a ${n.unit} cools, a warm one faster.` : ''}${n.warmthFrom === undefined ? '' : ` Nor can you be everyone's best friend: while you stay above ${n.warmthFrom} with its rival, a power grows warier each ${n.unit}.`} Hover, tap or focus any gauge to see what moved it.`,
        },
        capital: {
          title: 'Political capital',
          text: (n: GuideNumbers) =>
            n.upkeepFrom === null
              ? `Political capital (the points at the top of the board) pays for your moves. About ${n.income} come in at the start of each ${n.unit}${startStock(n)}; a card costs one to five. Spend it now, or keep some for a ${n.unit} with more at stake.`
              : `Political capital (the points at the top of the board) pays for your moves. About ${n.income} come in at the start of each ${n.unit}${startStock(n)}, more when the economy grows; a card costs one to five, so you cannot play everything. Keep a little for a ${n.unit} with more at stake, but ${shareWord(n.upkeepShare)} of any stock above ${n.upkeepFrom} melts away each ${n.unit}.`,
        },
        cards: {
          title: 'Cards: your moves',
          text: () =>
            'Each card is a move: a visit, a deal, a note of protest, a word to the press. Enter or a click shows what it does and what it risks before you confirm. A greyed card says why it is not possible now. Arrow keys move through the grid.',
        },
        event: {
          title: 'Events and their sources',
          text: (n: GuideNumbers) =>
            `Each ${n.unit} brings news, and some events demand an answer. Every event names its sources (publication and date); an invented "what if" says so. Answer, play a card or two, then end the ${n.unit} (E) and see how the powers react. H lists the keys; How to play has the full rules.`,
        },
      },
    },
    review: {
      scoreNow: (score: string) => `Bamboo score now: ${score}`,
      moved: 'What moved most',
      movedWhy: (cause: string, delta: string) => `: ${cause} ${delta}`,
      title: (month: string, unit = 'Month') => `${unit} in review · ${month}`,
      continue: 'Continue',
      intro: 'How the powers answered last month, and what the new month brings.',
      introOf: (unit: string) =>
        `How the powers answered last ${unit}, and what the new ${unit} brings.`,
    },
    end: {
      title: 'The year is over',
      /** A scenario whose turns are not months: its last turn, by its own unit. */
      lastTurn: (unit: string) => `The last ${unit} is over`,
      collapse: 'The game is over',
      score: (score: string) => `Bamboo score: ${score}`,
      debrief: 'See the debrief',
      compare: 'Compare with the original',
      branched:
        'You played on from a replay: set your ending beside the original one, decision by decision.',
      look: 'Look at the board',
      noDebrief: 'The debrief screen is not in this build yet.',
    },
    help: {
      title: 'Playing with the keyboard',
      /** `unit`: what a turn is called in the scenario ("month", "fortnight"). */
      keys: (unit: string): readonly (readonly [string, string])[] => [
        ['Tab / Shift+Tab, arrows', 'move between cards, gauges and buttons'],
        ['Enter or Space', 'open the focused card or button'],
        ['A', 'jump to the action cards'],
        ['G', 'jump to the gauges (their causes show on focus)'],
        ['[ and ]', 'previous and next page of cards'],
        ['E', `end the ${unit} (or answer a waiting event)`],
        ['1–4', 'pick an event choice'],
        ['↑ ↓, Page Up / Down', 'in a long preview: scroll it (or the wheel, or a finger)'],
        ['V', 'in an event: compare the views of the sources'],
        ['U', `undo your last decision this ${unit}`],
        [
          'F',
          'on the board: switch the advisor (simulated futures in previews) on or off; in a preview: ask it',
        ],
        ['R', `the ${unit} in review`],
        ['S', 'sound on or off'],
        ['H or ?', 'this help'],
        ['M', 'menu: back to the title screen'],
        ['Esc', 'close the topmost dialog'],
      ],
      close: 'Close',
    },
    menu: {
      title: 'Leave this game?',
      text: 'Your game is saved after every decision. Continue it from the title screen.',
      leave: 'Back to the title screen',
      stay: 'Stay',
    },
  },
  errors: {
    boot: 'The game could not start. Reload the page; if it happens again, tell your teacher.',
  },
  title: {
    name: 'Bamboo Diplomacy',
    /** The name as the title screen sets it, on two lines. */
    nameLines: 'Bamboo\nDiplomacy',
    subtitle:
      'Govern Vietnam through 2023. Keep Beijing, Washington and Tokyo close, and bend without breaking.',
    newGame: 'New game',
    continue: 'Continue',
    continueDetail: (scenario: string, turn: string) => `${scenario} · ${turn}`,
    loadReplay: 'Load a replay',
    howToPlay: 'How to play',
    credits: 'Credits and sources',
    teachers: 'Replays and class',
    replayViewer: 'Replay viewer',
    classSetup: 'Class set-up',
    classResults: 'Class results',
    notReady: 'This screen is not in this version of the game yet.',
    dropHint: 'Drop a replay file anywhere on the page to load it.',
    noticeTitle: 'About your saved game',
    dismiss: 'Dismiss',
    newGameTitle: 'New game',
    scenario: 'Scenario',
    turns: (n: number) => plural(n, { one: `${n} turn`, other: `${n} turns` }),
    broken: 'Cannot be played: the file has mistakes',
    seed: 'Seed',
    seedHelp: 'The same scenario and seed give every player the same dice.',
    randomSeed: 'New random seed',
    player: 'Your name',
    playerHelp: 'Goes into your replay file, so your teacher can tell it is yours.',
    playerPlaceholder: 'optional',
    start: 'Start',
    cancel: 'Cancel',
    noScenario: 'No scenario can be played: every scenario file has mistakes.',
    launchUnknown: (id: string) =>
      `The link asks for scenario "${id}", which this game does not have. Pick one below.`,
    sharedReplay: 'the shared link',
    replayRefused: 'This replay was refused',
    replayRefusedIntro: 'Nothing was changed: your own game is still saved.',
    replayCheck: {
      file: 'The file is not a readable replay',
      'too-big': 'The file is far too big to be a replay, so it was not read',
      'unknown-scenario': 'It was made for a scenario this game does not have',
      format: 'It is in a replay format this game does not know',
      'engine-version': 'It was made by another version of the game rules',
      scenario: 'It was made for a different version of the scenario',
      'illegal-action': 'A decision in it is not allowed by the rules (tampered or damaged)',
      checkpoint: 'A month replays differently from the recorded one (tampered or damaged)',
      final: 'The final state differs from the recorded one (tampered or damaged)',
    } as Record<string, string>,
    replaceTitle: 'Replace your unfinished game?',
    replaceBody:
      'Opening this replay makes it the current game, and your unfinished game will be replaced.',
    replaceYes: 'Open the replay',
    openScenario: 'Open a scenario file…',
    dropHintAny: 'Drop a replay, a scenario or a class file anywhere on the page to open it.',
    scenarioBrokenTitle: 'This scenario cannot be played yet',
    scenarioBrokenIntro: (file: string, n: number) =>
      `${file} has ${n === 1 ? 'one mistake' : `${n} mistakes`}. Each line below says where (the field) and what to write there. Fix the file in your editor and open it again; "npm run bamboo -- check" gives the same list.`,
    linkScenarioBroken: (n: number) =>
      `The scenario in this link has ${n === 1 ? 'a mistake' : `${n} mistakes`}, so it cannot be played. Ask your teacher to fix the file and make the link again. What is wrong:`,
    shippedBroken: (id: string) =>
      `The link asks for scenario "${id}"; this game has it, but its file has mistakes. What is wrong:`,
    linkDamaged: (reason: string) => `This class link cannot be opened: ${reason}.`,
    scenarioOpened: (title: string, kept: boolean) =>
      kept
        ? `Opened "${title}". It stays in this browser's list of scenarios until you remove it.`
        : `Opened "${title}" for this visit (this browser does not let the game keep files).`,
    removeScenario: 'Remove from this browser',
    readBriefing: 'Read the whole briefing',
    briefingClose: 'Close',
    openedTag: 'opened file',
    close: 'Close',
    problemsHeading: (n: number) =>
      n === 1 ? 'One scenario file has mistakes:' : `${n} scenario files have mistakes:`,
    replaceGameBody:
      'Starting a new game replaces your unfinished game. Download its replay first to keep it.',
    replaceDownload: 'Download it, then start',
    replaceStart: 'Start without it',
    heldDownload: 'Download the unreadable save',
    heldDiscard: 'Let the game replace it',
    noticeSeeAside: 'See the saves set aside',
    setAside: {
      button: (n: number) => `Saves set aside (${n})`,
      title: 'Saves set aside',
      intro:
        'These saved games cannot be continued under this version of the rules or scenarios. They stay in this browser until you delete them. Download one as a replay to keep it: this version refuses to play it and says why, while the version that made it (or its command line, npm run bamboo -- verify) can still check it.',
      none: 'No saves are set aside.',
      heading: (scenario: string, seed: string, player: string) =>
        `${scenario} · seed ${seed}${player ? ` · ${player}` : ''}`,
      reached: (turn: string, decisions: number) =>
        `Reached ${turn} (${decisions === 1 ? 'one decision' : `${decisions} decisions`})`,
      saved: (date: string) => `last saved ${date}`,
      setAsideOn: (date: string) => `set aside ${date}`,
      made: (engine: string, hash: string) =>
        `Made with engine ${engine}, scenario content ${hash}`,
      why: (reason: string) => `Why: ${reason}.`,
      loadsAgain:
        'It matches this game again (its scenario is back): download it as a replay and open it with Load a replay.',
      unreadable: (n: string) => `Entry no. ${n}: it cannot be read as a saved game`,
      stored: (key: string) => `Kept in this browser under the key ${key}`,
      download: 'Download as a replay',
      downloadRaw: 'Download it as it is',
      delete: 'Delete…',
      deleteTitle: 'Delete this save for good?',
      deleteBody: (what: string) =>
        `${what}\n\nOnce deleted it cannot be brought back. Download it first if you may want it later.`,
      deleteDownloadFirst: 'Download it, then delete',
      deleteConfirm: 'Delete',
      deleted: 'The save was deleted.',
      deleteFailed: (reason: string) => `Nothing was deleted: ${reason}.`,
      listFailed: (reason: string) => `The saves set aside cannot be listed: ${reason}.`,
      turn: (n: number) => `turn ${n}`,
    },
  },
  mirror: {
    label: 'The game screen as text',
    dialog: 'Open dialog',
  },
  screens: {
    back: 'Back',
    previous: 'Previous',
    next: 'Next',
    page: (n: number, of: number) => `Page ${n} of ${of}`,
  },
  help: {
    /** How the indicators page names the power of a per-power indicator. */
    eachPower: 'each power',
    eachCapital: 'each capital',
    title: 'How to play',
    tabs: ['The goal', 'A turn', 'The indicators', 'Keys and the end'],
    goalTitle: 'You are Hà Nội, in 2023',
    goal: [
      'Beijing is your largest trading partner and your fraternal party, and its ships harass your fishermen. Washington wants a comprehensive strategic partnership, chips and rare earths. Tokyo offers investment and quiet security ties. Your public distrusts China and will not forgive anything that looks like capitulation.',
      "You win by bending without breaking, like bamboo. Nguyễn Phú Trọng, the Party's general secretary, set out the image at the National Conference on Foreign Affairs in December 2021: firm roots, a strong trunk, flexible branches (gốc vững, thân chắc, cành uyển chuyển). By the last turn all three capitals should still want you, the economy should still grow, your claims in the East Sea should still stand and the Party should still rule.",
      'Every scheduled event of the year is historical and cited, and so is every random event drawn from the record; the few invented ones are marked "What if". The Credits and sources screen lists every source, and the debrief shows where sources disagree.',
    ],
    /** `unit` null: no game loaded, so the main campaign's turn is described. */
    turnTitle: (unit: string | null) =>
      unit === null
        ? 'One turn (a month in the main campaign)'
        : `One turn (a ${unit} in this scenario)`,
    turn: (unit: string): readonly (readonly [string, string])[] => [
      [
        'News',
        `The ${unit}'s historical events arrive, with a few random ones drawn from the seed.`,
      ],
      [
        'Answer',
        'Some events ask for a decision. Each option shows what it will certainly do and what it risks before you confirm.',
      ],
      [
        'Act',
        `Spend political capital on action cards: summitry, economy, the sea, home. A suspicious power makes some cards dearer. A card just played rests before it can be played again ("rests 2": two more ${unit}s), and a card played again may do less than the first time: its preview shows the figures it will really give.`,
      ],
      [
        'React',
        'China, the United States and Japan react to what you did and to where you drift: rewards, warnings, pressure.',
      ],
      [
        'Count',
        `Every indicator moves, and every change is recorded with its causes. Then the next ${unit} begins.`,
      ],
    ],
    undo: (unit: string) =>
      `You may undo your last decision of a ${unit}, unless it already drew on the dice.`,
    indicatorsTitle: 'The indicators',
    meter: {
      title: 'Drift (bamboo meter)',
      you: 'You: Hà Nội',
      left: 'Beijing',
      right: 'Washington, Tokyo',
      band: 'the band',
      note: 'Inside the band, every capital still wants you. Drift past it and the far pole starts to punish you while the near one takes you for granted; drift all the way and you become a satellite or a frontline state.',
    },
    causeTitle: 'Cause and effect',
    cause:
      'Hover over any gauge, or reach it with Tab, to see its last changes and what caused each one, with numbers.',
    causeTouch: 'Tap any gauge to see its last changes and what caused each one, with numbers.',
    causeExample: {
      name: 'Relations with China',
      value: '58',
      lines: [
        'September 2023: −6',
        '  You: Comprehensive strategic partnership with the US  −8',
        '  You reassured it  +2',
      ],
    },
    keysTitle: 'Keys',
    keys: (unit: string): readonly (readonly [string, string])[] => [
      ['Tab, arrows', 'Move between buttons, cards and gauges'],
      ['Enter, Space', 'Press the focused button'],
      ['1 – 4', 'Choose an answer to an event'],
      ['V', 'In an event: compare the views of the sources'],
      ['E', `End the ${unit}`],
      ['U', 'Undo the last decision'],
      ['A, G', 'Jump to the action cards, or to the gauges'],
      ['[ and ]', 'Previous and next page of cards'],
      ['R', `The ${unit} in review`],
      ['F', 'Board: advisor on or off. Preview: ask the advisor'],
      ['S', 'Sound on or off'],
      ['M', 'The menu'],
      ['H or ?', 'This help'],
      ['Esc', 'Close a dialog, or go back'],
      ['Page Up / Down', 'Turn pages on the help, credits and debrief'],
    ],
    endTitle: 'How the game ends',
    end: [
      'The game ends after the last turn, or earlier at a collapse: a relation falls to the floor (rupture), tension at sea boils over (armed clash), the public turns (unrest), growth collapses (economic crisis), or you drift so far that you are a satellite of Beijing or a frontline state for Washington.',
    ],
    scoreTitle: 'The bamboo score (0 – 100)',
    score: [
      'The weakest of your three relations counts most (30 %): one ruined partner is worse than three lukewarm ones. Then the average of the relations (10 %), growth, sovereignty at sea, stability at home and autonomy (15 % each). A collapse costs 30 points.',
      'The debrief names the outcome (from master of bamboo diplomacy to crisis) and compares your year with what Hà Nội actually did, played through the same rules with the same seed.',
    ],
  },
  credits: {
    title: 'Credits and sources',
    tabs: ['The game', 'Sources of events'],
    project: [
      [
        'Bamboo Diplomacy',
        'A strategy game for the classroom about Vietnam between China, the United States and Japan in 2023. Nothing in it is a downloaded picture or recording: the map, the bamboo, the ships on the sea, every gauge and every sound are made by the game itself.',
      ],
      [
        'Font',
        'Be Vietnam Pro, © 2021 The Be Vietnam Pro Project Authors (SIL Open Font License 1.1), through @fontsource.',
      ],
      [
        'Map data',
        'Natural Earth (public domain), through the world-atlas package (ISC), projected with d3-geo and topojson-client. Borders and names are not an endorsement; the Paracel and Spratly islands and Scarborough Shoal are disputed.',
      ],
      [
        'Libraries',
        'Phaser 4 (MIT), zustand (MIT), zod (MIT), seedrandom (MIT), lz-string (MIT), qrcode (MIT). Built with Vite, TypeScript and Biome; tested with Vitest, fast-check and playwright-core.',
      ],
      [
        'Facts',
        'Every scheduled event cites its sources (publication, title, date and address where known; "about" marks a date inferred rather than printed). Random events drawn from the record are cited too; invented ones are marked as what-ifs. Where sources disagree, the game says so. Teachers find the same list, with what each source was used for, on the printable sources page in the documentation for teachers.',
      ],
    ] as readonly (readonly [string, string])[],
    scenarioHeading: (title: string, n: number) => `${title} — ${n} cited events`,
    broken: (file: string) => `${file}: cannot be read, so its sources cannot be listed.`,
    random: 'random event',
    whatIf:
      'What if: invented for the game, not part of the record of 2023; a source shown is background only.',
  },
  debrief: {
    title: 'Debrief',
    tabs: ['Summary', 'Charts', 'Timeline', 'Sources and questions'],
    noGame: 'There is no game to debrief yet.',
    unfinished: 'Not finished yet',
    unfinishedHelp: 'The game has not reached its end: these are the results so far.',
    heading: (scenario: string, seed: string, player: string) =>
      `${scenario} · seed "${seed}"${player ? ` · ${player}` : ''}`,
    you: 'Your game',
    history: 'The historical path',
    historyHelp: 'What Hà Nội actually did, played through the same rules with the same seed.',
    historyMissing: 'The historical path could not be played for this scenario.',
    score: 'Bamboo score',
    outOf: '/ 100',
    endedAt: (turn: string) => `Ended: ${turn}`,
    scoreParts: {
      weakestLink: 'Weakest relation (×30 %)',
      relations: 'Relations, average (×10 %)',
      growth: 'Growth (×15 %)',
      sovereignty: 'Sovereignty at sea (×15 %)',
      stability: 'Stability at home (×15 %)',
      autonomy: 'Autonomy (×15 %)',
    } as Record<string, string>,
    collapsePenalty: 'Collapse penalty',
    tiers: 'Partnerships at the end',
    legendYou: 'Your game',
    legendHistory: 'Historical path',
    chartPages: ['Relations and suspicion', 'Autonomy and the economy', 'The sea and home'],
    endLabel: 'end',
    timelineEmpty: 'Nothing happened yet.',
    actor: {
      you: 'You',
      world: 'News',
      rules: 'Rules',
    } as Record<string, string>,
    questions: 'Questions for discussion',
    sourcesMet: 'Sources of the events you met',
    historyTitle: 'What Hà Nội actually did',
    noSources: 'No cited event happened in this game.',
    randomEvent: 'Random event',
    whatIf:
      'What if: invented for the game, not part of the record of 2023; a source shown is background only.',
    dispute: 'Sources disagree:',
    heldBy: (who: string) => `— ${who}`,
    savePng: 'Save PNG',
    print: 'Print',
    saving: 'Preparing the image…',
    saved: (file: string) => `Saved ${file}`,
    toTitle: 'Title',
  },
  replays: {
    viewer: {
      title: 'Replay viewer',
      heading: (scenario: string, seed: string, player: string, source: string) =>
        `${scenario} · seed "${seed}"${player ? ` · ${player}` : ''} · ${source}`,
      yourGame: 'your game',
      sharedLink: 'a shared link',
      position: (turn: string, index: number, total: number) =>
        index === 0 ? `${turn} · the opening` : `${turn} · decision ${index} of ${total}`,
      months: 'Jump to',
      prevMonth: '◀◀ Month',
      prevTurn: (unit: string) => `◀◀ ${unit}`,
      prevStep: '◀ Step',
      nextStep: 'Step ▶',
      nextMonth: 'Month ▶▶',
      nextTurn: (unit: string) => `${unit} ▶▶`,
      indicators: 'Indicators',
      score: (score: string) => `Bamboo score ${score}`,
      changes: 'What this step changed, and why',
      noChanges:
        'The opening of the game: nothing has changed yet. Step forward with ] or the Step button.',
      moreChanges: (n: number) =>
        `+ ${n} smaller ${plural(n, { one: 'change', other: 'changes' })}`,
      monthHeading: (month: string) => `${month}: the decisions`,
      earlier: (n: number) => `… ${n} earlier`,
      later: (n: number) => `… ${n} later`,
      newsHeading: 'What this step brought',
      noNews: 'No news at this step.',
      moreNews: (n: number) => `+ ${n} more`,
      ended: (outcome: string) => `The game ended here: ${outcome}`,
      playOn: 'Play on from here',
      compare: 'Compare endings',
      open: 'Open a replay',
      share: 'Share link',
      download: 'Download',
      downloaded: (file: string) => `Downloaded ${file}`,
      dropHint: 'Drop a replay file to open it in the viewer.',
      nothingLost:
        'Nothing was changed: the replay you were viewing and your own game are as they were.',
      empty: 'No replay is open. Open a replay file, or drop one anywhere on this page.',
      playOnOver: 'The game is over at this step: step back to play on from an earlier one.',
      replaceTitle: 'Replace your unfinished game?',
      replaceBody:
        'Playing on starts a new game from this step, with the same seed. Your unfinished game will be replaced.',
      replaceYes: 'Play on',
      debrief: 'Debrief',
      replaceDebrief:
        'The debrief shows this replay as your current game: your unfinished game will be replaced.',
      cancel: 'Cancel',
      keys: (unit: string) => `Keys: [ and ] step · PgUp and PgDn ${unit} · Home and End`,
    },
    compare: {
      title: 'Two endings compared',
      intro: (month: string, shared: number) =>
        `The same scenario and the same dice. Both games made the same ${shared} ${plural(shared, { one: 'decision', other: 'decisions' })}; the branch left the replay in ${month}.`,
      original: 'The replay',
      branch: 'Your branch',
      unfinished: 'Not finished yet',
      unfinishedHelp: 'This game has not reached its end: these are its results so far.',
      ended: (month: string, decisions: number) => `Reached ${month} · ${decisions} decisions`,
      score: 'Bamboo score',
      columns: ['', 'The replay', 'Your branch', 'Difference'] as readonly string[],
      scoreDelta: (delta: string) => `Branch − replay: ${delta}`,
      none: 'There is no branch to compare yet. In the replay viewer, step to a month and choose "Play on from here".',
      stale: 'The game in progress is no longer the branch of this replay.',
      toViewer: 'Replay viewer',
      toGame: 'Back to the game',
      better: 'better',
      worse: 'worse',
      same: 'same',
    },
    share: {
      title: 'Share this game',
      copy: 'Copy link',
      copied: 'Copied to the clipboard.',
      copyRefused: 'The browser refused the clipboard: copy the link from the screen.',
      close: 'Close',
      replayHeading: 'The game so far, as a replay',
      replayHelp:
        'Opens in the replay viewer, verified step by step. The link holds the decisions.',
      newHeading: 'A new game with the same scenario and seed',
      newHelp: 'Starts the same year with the same dice, for someone else to try.',
      noGame: 'There is no game to share yet.',
      longLink: (n: number) => `… and ${n} more characters: use Copy link.`,
    },
    downloaded: (file: string) => `Downloaded ${file}`,
    noGame: 'There is no game to download yet.',
    actions: {
      download: 'Download replay',
      share: 'Share link',
      compare: 'Compare endings',
    },
  },
  classroom: {
    setup: {
      title: 'Class set-up',
      intro:
        'Pick a scenario. Every student who opens the link (or types the code) plays the same year with the same dice, so the only difference between two results is the decisions.',
      scenario: 'Scenario',
      code: 'Class code',
      link: 'Link for the students',
      fresh: 'New code',
      copyCode: 'Copy code',
      copyLink: 'Copy link',
      copied: (what: string) => `${what} copied to the clipboard.`,
      refused: 'The browser refused the clipboard: copy it from the screen.',
      steps: [
        'Write the code on the board or post the link.',
        'Students open the link (or start a new game and type the code as the seed) and type their name.',
        'At the end, they download their replay: the file is named after them.',
        'Drop the files on Class results to verify and compare them.',
      ] as readonly string[],
      toResults: 'Class results',
      welcome: (code: string) =>
        `Class code ${code}: type your name (it goes into your replay file), then Start.`,
      address: 'Game address',
      localWarning:
        'This address is this computer only (localhost): students cannot open it. Type the public address where the game is hosted.',
      advisor: (on: boolean) => (on ? 'Advisor: on' : 'Advisor: off'),
      qrTooLong:
        'This link carries the whole scenario and is too long for a QR code: hand out the class file, or post the link.',
      classFile: 'Save class file',
      classFileHelp:
        'Students open the class file with "Open a scenario file…" on the title screen.',
      classFileSaved: (name: string) => `Saved ${name}.`,
    },
    results: {
      title: 'Class results',
      intro:
        'Drop the class’s replay files anywhere on this page, or choose them. Every file is played again through the rules: scores come from the replay, not from the file.',
      choose: 'Choose files',
      clear: 'Clear',
      exportCsv: 'Export CSV',
      filter: 'Class code',
      filterHelp: 'e.g. 7KQ-M3XP',
      filterError: (message: string) => `Not a class code: ${message}.`,
      filterOn: (code: string) => `Showing class ${code} only.`,
      filterMissing:
        'No class code: files from any scenario and seed are ranked together. Type the class code.',
      heldHeading: (n: number) => `Held back from the ranking (${n})`,
      unfinishedHeading: (n: number) => `Unfinished, not ranked (${n})`,
      scope: (scenario: string, seed: string) => `${scenario} · seed ${seed}`,
      progress: (done: number, total: number) => `Verifying ${done} of ${total}…`,
      done: (ranked: number, apart: number, invalid: number) =>
        `${ranked} ranked, ${apart} listed apart, ${invalid} refused.`,
      empty: 'No files yet. Drop a class’s replay files on this page.',
      /** The table when every file was refused: where to look instead. */
      noneRanked: (tab: string) =>
        `No game to rank: every file was refused. The reasons are under "${tab}".`,
      columns: ['#', 'Name', 'Score', 'Outcome', 'Key decisions'] as readonly string[],
      duplicate: 'same name in several files',
      duplicates: 'Names handed in more than once: ',
      invalidHeading: (n: number) => `Refused files (${n})`,
      invalidNone: 'No file was refused.',
      tabs: ['Table', 'Paths chart', 'Held back and refused'] as readonly string[],
      page: (from: number, to: number, of: number) => `${from}–${to} of ${of}`,
      chartSeries: 'Show',
      series: {
        'autonomy.drift': 'Drift',
        score: 'Score',
      },
      chartHistory: 'Historical path (what Hà Nội did, same seed)',
      chartStudents: (n: number) => `${n} ${plural(n, { one: 'student', other: 'students' })}`,
      chartNone: 'No verified game to chart yet.',
      chartScope: (scenario: string, seed: string) => `${scenario} · seed "${seed}"`,
      open: 'Open',
      dropHint: 'Drop the class’s replay files to verify them.',
      exported: (file: string) => `Exported ${file}`,
    },
  },
  /** The game's own vocabulary: powers, indicators, tiers, outcomes, rules. */
  labels: {
    /** Added to the bamboo meter's help: the fade the turn's end applies, from the rules. */
    driftFade: (fade: string, unit: string) =>
      ` Every ${unit}'s end, a lean fades by ${fade} toward the centre; what you signal that ${unit} is added first.`,
    /** The engine's incident news carries a count; these are its words. */
    /** Where the map marks the rules' incidents at sea, which name no place of their own. */
    incidentPlace: 'East Sea',
    incidentNews: (n: number, power: string) =>
      plural(n, {
        one: `An incident at sea with vessels of ${power}.`,
        other: `${n} incidents at sea with vessels of ${power}.`,
      }),
    /** The engine's news of a scheduled event that did not happen on its date. */
    postponedNews: (title: string, month: string) => `Postponed to ${month}: ${title}`,
    calledOffNews: (title: string) => `Called off: ${title}`,
    /** Each per-power family's words, given the power's name and capital. */
    families: {
      relations: {
        name: (_name: string, capital: string) => `Relations with ${capital}`,
        help: (_name: string, capital: string) =>
          `Trust between Hà Nội and ${capital}. At the floor, relations rupture.`,
      },
      suspicion: {
        name: (_name: string, capital: string) => `${capital}'s suspicion`,
        help: (_name: string, capital: string) =>
          `How far ${capital} believes you are leaning to its rivals. High suspicion erodes relations.`,
      },
      patience: {
        name: (_name: string, capital: string) => `${capital}'s patience`,
        help: (_name: string, _capital: string) =>
          'Wears down each turn its suspicion is high; at zero it reaches for its harshest pressure.',
      },
      'economy.investment': {
        name: (name: string, _capital: string) => `Investment from ${name}`,
        help: (name: string, _capital: string) => `New projects from ${name}; follows relations.`,
      },
    },
    /** A rupture with one power ends the year (`rupture-<power>`). */
    rupture: {
      name: (_name: string, capital: string) => `Rupture with ${capital}`,
      help: (_name: string, capital: string) => `Relations with ${capital} collapsed.`,
    },
    indicators: {
      'autonomy.drift': {
        name: 'Drift (bamboo meter)',
        help: 'Distance from the neutral line: negative toward one pole, positive toward the other (the meter names them). Past the band, the far pole punishes you.',
      },
      'economy.growth': {
        name: 'GDP growth (%)',
        help: 'Annual growth; it follows investment, US market access, trade with China and calm seas.',
      },
      'economy.tradeDependence': {
        name: 'Dependence on Chinese inputs',
        help: 'How much factories rely on Chinese parts and materials: the weight of good relations with Beijing on growth.',
      },
      'economy.usAccess': {
        name: 'US market access',
        help: 'Openness of your largest export market.',
      },
      'economy.infrastructure': {
        name: 'Infrastructure',
        help: 'Railways, ports and power: the cross-border railway among them.',
      },
      'economy.rareEarths': {
        name: 'Rare-earth development',
        help: "How far the world's second-largest reserves (as believed in 2023) are being developed, and with whom.",
      },
      'sea.tension': {
        name: 'Tension at sea',
        help: 'Heat in the East Sea (South China Sea). At the top, an armed clash.',
      },
      'sea.incidents': {
        name: 'Incidents this turn',
        help: 'Rammings, water cannon, survey ships: more when tension is high.',
      },
      'sea.incidentsTotal': {
        name: 'Incidents in past months',
        help: 'All incidents at sea since the game began, up to the last month’s end: this month’s are added when it ends.',
      },
      'sea.presence': {
        name: 'Presence at sea',
        help: 'Your coast guard, fishermen and outposts on the water.',
      },
      'sea.standing': {
        name: 'Legal and diplomatic standing',
        help: 'Support for your claims: ASEAN, the Code of Conduct talks, UNCLOS and the 2016 arbitration award.',
      },
      'home.mood': {
        name: 'Public mood',
        help: 'Approval of your foreign policy. At the floor, unrest.',
      },
      'home.nationalism': {
        name: 'Nationalist feeling',
        help: 'Anti-China anger: it makes every concession to Beijing costlier at home.',
      },
      'home.legitimacy': {
        name: 'Party legitimacy',
        help: 'Follows the public mood and growth; brings more political capital each turn.',
      },
      'home.capital': { name: 'Political capital', help: 'Your budget for actions this turn.' },
    },
    tiers: {
      partner: 'Partnership',
      comprehensive: 'Comprehensive partnership',
      strategic: 'Strategic partnership',
      'extensive-strategic': 'Extensive strategic partnership',
      'comprehensive-strategic': 'Comprehensive strategic partnership',
    },
    outcomes: {
      master: {
        name: 'Master of bamboo diplomacy',
        help: 'Every capital still wants you, the economy grows, the claims stand.',
      },
      survivor: {
        name: 'Bent but unbroken',
        help: 'The year ended without collapse, but some links are weak.',
      },
      isolated: {
        name: 'Isolated',
        help: 'You kept your balance by letting a partnership wither.',
      },
      'beijing-orbit': {
        name: "Drifted into Beijing's orbit",
        help: "Washington and Tokyo now treat Hà Nội as Beijing's client.",
      },
      'washington-camp': {
        name: "Pulled into Washington's camp",
        help: 'Beijing now treats Hà Nội as part of a coalition against it.',
      },
      'armed-clash': {
        name: 'Armed clash at sea',
        help: 'Tension in the East Sea boiled over into shooting.',
      },
      unrest: { name: 'Unrest at home', help: 'The public turned against the leadership.' },
      'economic-crisis': { name: 'Economic crisis', help: 'Growth collapsed.' },
      satellite: { name: "Beijing's satellite", help: 'You lost your autonomy to Beijing.' },
      frontline: {
        name: 'A frontline state',
        help: 'You lost your autonomy to the US camp and face China alone on the front line.',
      },
    },
    /** A pull toward a usual level, when it pulled the gauge up (the plain label says it eases). */
    rulesUp: {
      calm: 'Tension drifts back up toward its usual level',
      'nationalism-fades': 'Nationalist feeling returns toward its usual level',
    } satisfies Partial<Record<RuleId, string>>,
    /** What each of the engine's own rules means, for "why did this move?". */
    rules: {
      'new-turn': 'A new turn: the count of incidents starts again',
      'capital-income': 'The turn’s income (more when the Party is seen as legitimate)',
      'capital-growth': 'Capital from growth above the usual pace (a slowdown takes some away)',
      'capital-upkeep': 'Upkeep: part of the stock above the line melts each turn',
      capitulation: 'The public saw concessions to Beijing',
      lean: "The lean this turn's decisions and events signalled",
      'drift-fades': 'The pull of the poles fades with time',
      'rival-lean': 'You leaned toward its rival',
      reassured: 'You reassured it',
      'suspicion-fades': 'Suspicion fades with time',
      'drift-far-pole': 'You drifted too far from it',
      'taken-for-granted': 'You drifted so close it takes you for granted',
      suspicion: 'Its suspicion is eating into relations',
      'patience-wears': 'Its suspicion is wearing its patience thin',
      'patience-returns': 'Its patience returns while suspicion is low',
      incidents: 'Incidents at sea',
      tally: "Added to the year's count of incidents",
      calm: 'Tension eases toward its usual level',
      'investment-follows-trust': 'Investment follows political trust',
      'market-follows-trust': 'Market access follows relations with Washington',
      economy: 'Growth moves toward what investment, trade and calm seas allow',
      mood: 'The public mood follows the economy',
      legitimacy: 'Legitimacy follows the public mood and growth',
      'nationalism-fades': 'Nationalist anger cools with time',
      credibility:
        'You courted it and its rival hard in the same month: neither believes your promises',
      'red-line':
        'A red line of the "four nos" was crossed: the suspicion it left does not fade, and the Party pays for it',
      neglect: 'Left without attention this month, the relationship cools (faster when it is warm)',
      'rivals-warmth':
        'Hà Nội has grown very close to its rivals: it reads the warmth as a tilt away from it',
      postponed: 'A visit put off: the snub is felt',
      'called-off': 'A visit called off: the snub is felt',
    } satisfies Record<RuleId, string>,
    categories: {
      summitry: 'Summitry',
      economy: 'Economy',
      sea: 'Sea',
      home: 'Home',
    } as Record<string, string>,
    groups: {
      relations: 'Relations',
      suspicion: 'Suspicion',
      autonomy: 'Autonomy',
      economy: 'Economy',
      sea: 'Sea',
      home: 'Home',
    } as Record<string, string>,
  },
  /** The command line's readable summaries (`bamboo sim`, `bamboo replay`, `bamboo i18n`). */
  cli: {
    summary: {
      scenario: (title: string, id: string, hash: string) => `${title} (${id}, content ${hash})`,
      seed: (seed: string) => `seed "${seed}"`,
      policy: (policy: string) => `, policy ${policy}`,
      player: (player: string) => `, player ${player}`,
      ended: (turn: string, decisions: number, outcome: string) =>
        `ended in ${turn} after ${decisions} decisions: ${outcome}`,
      stopped: (turn: string, decisions: number, outcome: string) =>
        `stopped in ${turn} after ${decisions} decisions: ${outcome}`,
      notOver: 'not over',
      collapse: ' (collapse)',
      turn: (n: number) => `turn ${n}`,
      score: (score: number) => `bamboo score ${score}`,
      tiers: (list: string) => `tiers: ${list}`,
      stateHash: (hash: string) => `state hash ${hash}`,
    },
    i18n: {
      heading: (locale: string, name: string) => `${locale} (${name})`,
      ui: (translated: number, total: number) =>
        `  interface: ${translated} of ${total} texts translated`,
      missing: (n: number) => `    missing (shown in English): ${n}`,
      untranslated: (n: number) => `    left identical to English: ${n}`,
      unknown: (n: number) => `    keys English does not have: ${n}`,
      scenario: (id: string, translated: number, total: number) =>
        `  scenario ${id}: ${translated} of ${total} texts translated`,
      source: 'the source language',
      allDone: 'every locale is complete',
      incomplete: (n: number) =>
        `${n} ${plural(n, { one: 'text is', other: 'texts are' })} missing or left in English`,
    },
  },
  /** Words the view models put together for every screen. */
  view: {
    turnFallback: (n: number) => `Turn ${n}`,
    /** A source's date that is inferred, not printed on the piece. */
    laterReport: (citation: string) => `${citation} (reported later)`,
    approxDate: (date: string) => `about ${date}`,
    /** Why a link or a class code cannot be used, for the player who followed or typed it. */
    links: {
      launch: {
        replay: (why: string) => `This replay link cannot be opened: ${why}`,
        escape: 'This game link is damaged (bad %-escape).',
        seedOnly: 'This game link gives a seed but no scenario.',
        scenario: (id: string) => `This game link names no valid scenario ("${id}").`,
        seed: (length: number, max: number) =>
          `This game link's seed is ${length} characters long; at most ${max} are allowed.`,
        classCode: (why: string) => `This class link's code is wrong: ${why}`,
        classScenario: (code: string, scenario: string) =>
          `Class code ${code} was not made for scenario "${scenario}": ask your teacher for the link again.`,
      },
      replay: {
        empty: 'the link holds no replay',
        tooLong: (length: number, max: number) =>
          `the link's replay is ${length} characters long; a shared replay may have at most ${max}`,
        characters: 'the link is damaged: it holds characters a replay never uses',
        unpack: 'the link is damaged: its replay cannot be unpacked',
      },
      classCode: {
        empty: 'type the class code your teacher gave you',
        length: (chars: number, length: number) =>
          `a class code has ${chars} characters, like 7KQ-M3XP; this one has ${length}`,
        character: (c: string) => `"${c}" cannot appear in a class code`,
        check: 'this class code has a typo: check each character with your teacher',
      },
    },
    /** Under a chart's axis: "Jan". */
    monthShort: (month: number) =>
      new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' }).format(
        Date.UTC(2000, month - 1, 1),
      ),
    /** When a card already played was played, and the turns it still rests, on its face. */
    playedWhen: {
      done: (when: string) => `done in ${when}`,
      turn: (unit: string, n: number) => `${unit} ${n}`,
      rests: (turns: number) => `rests ${turns}`,
      join: ' · ',
      /** Why a card played before cannot be played now, with when (its tooltip, its preview). */
      resting: (when: string, turns: number) =>
        `Played in ${when}; it can be played again in ${turns} ${turns === 1 ? 'turn' : 'turns'}.`,
      onceAGame: (when: string) => `Already used in ${when}: only once a game.`,
    },
    /** A blocked card's short tag beside its cost, so a glance tells why it is grey. */
    blockTag: {
      played: 'played',
      notDealt: 'not dealt',
      locked: 'locked',
      eventFirst: 'answer the event first',
      over: 'the game is over',
    },
    block: {
      onceAGame: 'Already used: only once a game.',
      thisTurn: (unit: string) => `Already played this ${unit}.`,
      resting: (turns: number) =>
        `Played recently; it can be played again in ${turns} ${turns === 1 ? 'turn' : 'turns'}.`,
      notDealt: (unit: string) => `Not in your hand this ${unit}.`,
      tooExpensive: (cost: number, capital: number) =>
        `Costs ${cost} political capital; you have ${capital}.`,
      // No lead-in ("not possible now"): the screens put their own before these reasons.
      unmet: (parts: string) => `${parts.charAt(0).toUpperCase()}${parts.slice(1)}.`,
      notAllowed: 'Its conditions (date, tier or situation) do not hold.',
      answerFirst: 'Answer the waiting event first.',
      over: 'The game is over.',
    },
    conditions: {
      atLeast: (name: string, v: number, now: number) =>
        `${name} must be at least ${v} (now ${now})`,
      atMost: (name: string, v: number, now: number) => `${name} must be at most ${v} (now ${now})`,
      opens: (turn: string) => `opens in ${turn}`,
      closed: (turn: string) => `closed after ${turn}`,
      tierFirst: (power: string, tier: string) => `ties with ${power} must first reach: ${tier}`,
      tierAlready: (power: string, tier: string) => `ties with ${power} are already at: ${tier}`,
      after: (action: string) => `only after "${action}"`,
      before: (action: string) => `only before "${action}"`,
      sameTurn: (action: string, unit: string) => `only in the same ${unit} as "${action}"`,
      leaned: (power: string, unit: string) => `only after leaning toward ${power} this ${unit}`,
      notLeaned: (power: string, unit: string) =>
        `only without leaning toward ${power} this ${unit}`,
      story: 'only after an earlier development in the story',
      tooLate: 'no longer possible after what has happened',
      storyAfter: (what: readonly string[]) => `only after ${what.join(' or ')}`,
      tooLateAfter: (what: readonly string[]) => `no longer possible once ${what.join(' or ')}`,
      decisionNamed: (title: string) => `you have played “${title}”`,
      answerNamed: (event: string, choice: string) =>
        `you have answered “${event}” with “${choice}”`,
      eventNamed: (event: string) => `“${event}” has happened`,
      oneOf: (options: readonly string[]) => `one of: ${options.join('; or ')}`,
      more: (n: number) => `and ${n} more (the card’s preview lists them all)`,
      join: '; ',
      and: ' and ',
    },
    causes: {
      action: (title: string) => `You: ${title}`,
      choice: (event: string, choice: string) => `Your answer to "${event}": ${choice}`,
      answer: (choice: string) => `Your answer: ${choice}`,
    },
    closes: (event: string, choice: string) => `“${event}”: “${choice}”`,
    /** The span a gauge's trend covers: from the start of the turn before this one. */
    trendSince: {
      start: 'since the game began',
      turn: (turn: string) => `since the start of ${turn}`,
    },
    /** The Undo button's hint: what it would take back, or why it cannot act now. */
    undo: {
      card: (title: string) => `Undo takes back the card “${title}” and refunds its capital.`,
      answer: (event: string, choice: string) =>
        `Undo takes back your answer “${choice}” to “${event}”: the event asks again.`,
      nothing: 'Nothing to undo yet: no decision has been made.',
      turnEnded: (unit: string) =>
        `Nothing to undo: the ${unit} has begun, and the last ${unit}’s end stands.`,
      chance: (what: string) =>
        `Your last decision (${what}) drew on chance, so it stands: undo never rolls the dice again.`,
    },
    /** The doctrine's red lines ("the four nos"): their names, a decision that would cross one, the lines standing. */
    redLines: {
      /** By red-line id; a scenario's own line is called by its id. */
      names: {
        'no-alliances': 'no alliances',
        'no-foreign-bases': 'no foreign bases',
        'no-siding': 'no siding with one country against another',
        'no-force': 'no use of force',
      } as Readonly<Record<string, string>>,
      floor: (power: string, floor: string) => `${power} ${floor}`,
      crosses: (
        name: string,
        floors: readonly string[],
        legitimacy: string,
        unit: string,
        chance: string | null,
      ) =>
        `${chance === null ? 'Crosses' : `May cross (${chance} chance)`} a red line of the four nos — ${name}: while it stands, ${floors.length > 0 ? `suspicion cannot fall below a floor (${floors.join(', ')}), and ` : ''}legitimacy ${legitimacy} every ${unit}.`,
      standing: (names: readonly string[]) =>
        `${names.length === 1 ? 'The red line crossed' : 'The red lines crossed'}: ${names.join('; ')}.`,
    },
    ruptured: (was: string) => `ruptured (on paper: ${was})`,
    again: (title: string) => `${title}, again`,
    againText: (times: number) =>
      times === 2
        ? 'It happens a second time this year.'
        : `It happens for the ${times}th time this year.`,
    warnings: {
      heading: 'Warnings',
      nearBand: (drift: string, band: string) =>
        `Drift ${drift}: near the edge of the safe band (±${band}).`,
      outsideBand: (drift: string, band: string) =>
        `Drift ${drift} is outside the safe band (±${band}): the far capital starts to punish you.`,
      autonomy: (drift: string, lost: string) =>
        `Drift ${drift}: at ±${lost} you lose your autonomy and the game ends.`,
      rupture: (power: string, value: string, floor: string) =>
        `Relations with ${power} at ${value}: at ${floor} they break off (rupture).`,
      unrest: (value: string, floor: string) =>
        `Public mood at ${value}: at ${floor} the streets turn (unrest).`,
      clash: (value: string, ceiling: string) =>
        `Tension at sea at ${value}: at ${ceiling} ships exchange fire (armed clash).`,
      crisis: (value: string, floor: string) =>
        `Growth at ${value}: at ${floor} the economy breaks (crisis).`,
      short: {
        nearBand: (drift: string, band: string) => `Drift ${drift}: near the edge (±${band})`,
        outsideBand: (drift: string, band: string) =>
          `Drift ${drift}: outside the safe band (±${band})`,
        autonomy: (drift: string, lost: string) => `Drift ${drift}: autonomy lost at ±${lost}`,
        rupture: (power: string, value: string, floor: string) =>
          `${power} ${value}: rupture at ${floor}`,
        unrest: (value: string, floor: string) => `Public mood ${value}: unrest at ${floor}`,
        clash: (value: string, ceiling: string) => `Tension ${value}: armed clash at ${ceiling}`,
        crisis: (value: string, floor: string) => `Growth ${value}: crisis at ${floor}`,
      },
    },
    /** The top bar's political capital: what the figure is, the net and its parts. */
    capitalWords: {
      left: 'left to spend',
      net: (delta: string, unit: string) => `${delta} net this ${unit}`,
      netShort: (delta: string) => `${delta} net`,
      stock: (capital: number, unit: string) =>
        `${capital} political capital left to spend this ${unit}; the cards you play are paid from it.`,
      began: (delta: string, unit: string) => `This ${unit} began with ${delta} net:`,
      income: (delta: string) => `${delta} in (more when the Party is seen as legitimate)`,
      growth: (delta: string) => `${delta} from growth (a slowdown takes some away)`,
      upkeep: (delta: string, share: number, from: number) =>
        `${delta} upkeep: ${shareWord(share)} of the stock above ${from} melts`,
      other: (delta: string, label: string) => `${delta} ${label}`,
    },
    forecast: {
      standing: (score: string, weakest: string, value: string) =>
        `Now: bamboo score ${score} if the year ended today; your weakest tie is with ${weakest} (${value}).`,
      baseline: 'doing nothing more',
      spread: (median: string, low: string, high: string) => `${median} (${low} to ${high})`,
      against: (delta: string, baseline: string) => `; ${delta} against ${baseline}`,
      /** A difference smaller than the forecast can tell apart: neither is better. */
      aboutEqual: (baseline: string) => `; about equal to ${baseline}`,
      score: (spread: string, diff: string) => `Bamboo score at the end: ${spread}${diff}`,
      collapse: (chance: string, which: string, diff: string) =>
        `Chance of a collapse: ${chance}${which ? ` (${which})` : ''}${diff}`,
      paired: (baseline: string, better: string, worse: string) =>
        `Future by future against ${baseline}: better in ${better}, worse in ${worse}`,
      riskAgainst: (points: string, baseline: string) => `; ${points} in 100 against ${baseline}`,
      endings: (list: string) => `Most likely endings: ${list}`,
      relations: (list: string) => `Relations at the end: ${list}`,
      rest: (drift: string, growth: string, tension: string, mood: string) =>
        `Drift ${drift}, growth ${growth} %, tension at sea ${tension}, public mood ${mood}`,
      ways: {
        line: (lean: string, slip: string, idle: string) =>
          `Played your way, this choice included: ${lean}, ${slip}, ${idle}`,
        even: 'even-handed',
        toward: (capital: string) => `leaning to ${capital}`,
        slip: (share: string) => `${share} of decisions on impulse`,
        idle: (share: string) => `${share} of months without a card`,
        pace: (cards: string) => `cards a month: ${cards}`,
        alone: (capital: string, share: string) => `${capital} left alone in ${share} of months`,
      },
    },
    /** A gauge sliding toward its ending at the player's pace, in the advisor's words. */
    sliding: {
      cliff: {
        rupture: 'rupture',
        unrest: 'unrest',
        clash: 'armed clash',
        crisis: 'economic crisis',
        autonomy: 'autonomy lost',
      },
      line: (name: string, value: string, rate: string, over: string, unit: string) =>
        `${name} sliding: ${value}, ${rate} a ${unit} over ${over === '1' ? `the last ${unit}` : `${over} ${unit}s`}`,
      reach: (cliff: string, at: string, when: string) =>
        `; at this pace ${cliff} (${at}) by the end of ${when}`,
      chance: (share: string) => ` (in ${share} of the futures played your way)`,
      /** The straight line gets there, the futures do not: said so, not as "in 0%". */
      chanceNone: ', though none of the futures played your way gets there',
    },
    signals: (powers: readonly string[]) => `Signals a lean toward ${powers.join(' and ')}`,
    scoreChange: {
      headingOf: (delta: string, unit: string) => `Score ${delta} as the ${unit} ended: why`,
      month: (from: string, to: string, moves: string, end: string, unit: string) =>
        `Score ${from} → ${to} this ${unit}: ${moves} from your decisions, ${end} as it ended`,
      part: (part: string, delta: string, gauges: string, unit: string) =>
        `${part} ${delta}${gauges ? ` (${gauges}, at the ${unit}’s end)` : ''}`,
      parts: {
        weakestLink: 'Your weakest relation',
        relations: 'Relations on average',
        growth: 'Growth',
        sovereignty: 'Sovereignty at sea',
        stability: 'Stability at home',
        autonomy: 'Autonomy (drift)',
      },
    },
    replay: {
      endOf: (turn: string) => `End of ${turn}: the powers react`,
      startOf: (turn: string) => `Start of ${turn}`,
    },
    compare: {
      partnership: (power: string) => `Partnership with ${power}`,
    },
    classTable: {
      invalid: {
        unreadable: 'could not be read',
        'too-big': 'too big to be a replay',
        'not-json': 'not a replay file',
        format: 'not a replay file',
        'engine-version': 'another version of the game',
        malformed: 'damaged file',
        'wrong-scenario': 'another scenario than the class',
        'wrong-seed': 'another seed than the class',
        'unknown-scenario': 'scenario not installed',
        scenario: 'another version of the scenario',
        'illegal-action': 'edited: an illegal decision',
        checkpoint: 'edited: a month does not replay',
        final: 'edited: the ending does not replay',
      },
      notHistory: ' (≠ history)',
      differs: ' (differs from history)',
      unfinished: 'Unfinished',
      finished: 'Finished',
      stopped: (played: number, of: number) => `Stopped after ${played} of ${of} months`,
      collapsed: (month: string) => `Collapsed in ${month}`,
      month: (n: number) => `month ${n}`,
      beyondBots: (bot: string, ceiling: string) =>
        `beyond every bot — ask how (best bot, ${bot}: ${ceiling} at the 90th percentile on this seed)`,
      unfinishedLabel: 'unfinished: not ranked',
      copyLabel: 'the same game as another file',
      copyDetail: (files: readonly string[]) =>
        `same decisions or final state as ${files.join(', ')}`,
      claimLabel: 'the file’s ending does not match its replay',
      botLabel: 'a bot’s game',
      botDetail: (bot: string, stated: boolean) =>
        stated
          ? `the file says it was played by the bot “${bot}”`
          : `decision for decision, the game the “${bot}” bot plays on this seed`,
      claim: {
        score: (claimed: string, actual: string) =>
          `the file claims ${claimed}, the replay gives ${actual}`,
        outcome: (claimed: string, actual: string) =>
          `the file claims the outcome “${claimed}”, the replay gives “${actual}”`,
        over: (claimedOver: boolean) =>
          claimedOver
            ? 'the file claims a finished game, the replay does not end'
            : 'the file claims an unfinished game, the replay ends',
        turn: (claimed: number, actual: number) =>
          `the file claims month ${claimed}, the replay reaches month ${actual}`,
      },
      none: 'none',
      mixed: (n: number) =>
        `These files come from ${n} different scenarios or seeds, so their scores do not compare: type the class code.`,
    },
    paths: {
      drift: 'Drift (− toward one pole, + toward the other)',
      score: 'Bamboo score',
      history: 'Historical path',
      start: 'Start',
    } as Record<string, string>,
    save: {
      /** A save that cannot be continued, moved aside (keptAs) or held where it was (null). */
      cannotContinue: (reason: string, kept: boolean) =>
        `Your saved game cannot be continued: ${reason}. ${kept ? 'Nothing was deleted: it was set aside, and "Saves set aside" on the title screen lets you download it as a replay.' : 'It could not be moved aside (the storage is full), so the game will not save over it: download it from the title screen, then decide.'}`,
      why: {
        engine: (made: string, runs: string) =>
          `the game's rules have changed since it was saved (engine ${made} → ${runs})`,
        scenario: (id: string, made: string, now: string) =>
          `scenario "${id}" has changed since it was saved (content hash ${made} → ${now})`,
        both: (engine: string, scenario: string) => `${engine}, and ${scenario}`,
        missing: (id: string) => `its scenario "${id}" is not in this game`,
        noReplay: (detail: string) => `its decisions no longer replay (${detail})`,
        damaged: (detail: string) => `it is damaged or is not a saved game (${detail})`,
      },
      held: 'Your game is not being saved: an unreadable saved game is in the way and could not be moved aside. Download it from the title screen, then let the game replace it.',
      storage: {
        unavailable:
          'This browser does not let the game keep data, so your game will not be saved when the tab closes. Download your replay before you close it.',
        full: "The browser's storage is full, so new decisions are not being saved. Free some space (or download your replay) before you close the tab.",
      },
    },
  },
} as const;
