/**
 * What each field of the scenario format means, in the words editors show on
 * hover (scenarios/schema.json) and the checker uses when a required field is
 * missing. Kept apart from schema.ts so the format's definition stays short;
 * a test checks that every field of the generated JSON Schema is described
 * here, so a new field without words fails the tests.
 *
 * Shared shapes (a condition, an outcome, a source…) are described once by
 * type; `docTypeOf` says which type an object at a given path is.
 */

type Docs = Readonly<Record<string, string>>;

const CONDITION: Docs = {
  min: 'Holds when each named indicator is at least this value, e.g. {"relations.us": 60}.',
  max: 'Holds when each named indicator is at most this value, e.g. {"sea.tension": 70}.',
  flags: 'Holds when all these flags are set (names set by "setFlags" or the start).',
  notFlags: 'Holds when none of these flags is set.',
  tierAtLeast:
    'Holds when each named power\'s partnership tier is at least this one, e.g. {"us": "strategic"}.',
  tierBelow: "Holds when each named power's partnership tier is below this one.",
  fromTurn: 'Holds from this calendar turn on (a turn id of the calendar, in quotes).',
  toTurn: 'Holds up to and including this calendar turn (a turn id of the calendar, in quotes).',
  leanAtLeast:
    'Holds when this turn\'s lean toward each named power so far is at least this value, e.g. {"us": 2}.',
  leanBelow: "Holds when this turn's lean toward each named power so far is below this value.",
  played: 'Holds when all these cards (action ids) have been played at some time in the game.',
  notPlayed: 'Holds when none of these cards (action ids) has been played yet.',
  playedThisTurn: 'Holds when all these cards (action ids) were played this turn.',
  any: 'Holds when at least one of these conditions holds.',
};

const FORMULA: Docs = {
  base: 'The starting number.',
  per: 'Added to base: each factor times the indicator\'s current value, e.g. {"sea.tension": 0.04}.',
};

const OUTCOME: Docs = {
  delta:
    'Numbers added to indicators at once, e.g. {"relations.us": 3, "sea.tension": -2}. Values are clamped to each indicator\'s range.',
  lean: 'How far this signals a lean toward each power, e.g. {"us": 2}. Added up over the turn and turned into drift and suspicion at its end.',
  tier: 'New partnership tiers, e.g. {"us": "comprehensive-strategic"}.',
  setFlags: 'Flags to set: names you invent to remember what has happened (lower-case, dashes).',
  clearFlags: 'Flags to clear.',
  risks: 'Chances of something more: each is rolled once when this applies.',
  news: 'An extra line for the news feed.',
};

const RISK: Docs = {
  id: 'A lower-case id, unique within these effects, like "collision".',
  text: 'What happens when the risk comes true; shown in the news.',
  chance:
    'A probability from 0 to 1, or a formula such as {"base": 0, "per": {"sea.tension": 0.004}}; clamped to 0..1.',
  delta: 'Numbers added to indicators when the risk comes true.',
  lean: 'Lean toward each power when the risk comes true.',
  setFlags: 'Flags to set when the risk comes true.',
};

const SOURCE: Docs = {
  publication:
    'The outlet or institution that published it, e.g. "Reuters" or "Ministry of Foreign Affairs of Viet Nam".',
  date: 'When it was published, as precisely as the evidence allows: YYYY, YYYY-MM or YYYY-MM-DD.',
  approximate:
    'true when the date is inferred rather than printed on the piece (e.g. an undated article that quotes a 17 December interview: "2023-12", approximate). Players see "about …".',
  title: 'The headline or title of the piece.',
  url: 'Where to read it (a full http:// or https:// address); players see it as text.',
  note: 'What this source was used for, or what a reader should know about it (a copy, an opinion piece), in your own words. Never cite your own research notes.',
};

const PLACE: Docs = {
  name: 'The place as the map labels it, e.g. "Paracel Islands".',
  lon: 'Longitude in degrees, east positive (-180 to 180).',
  lat: 'Latitude in degrees, north positive (-90 to 90).',
  mark: 'What the map draws there: "coast-guard", "survey-ship", "warship" or "fishing-boat" (a ship moving near the place), "visit" (a leader\'s plane and flag), "incident" (a flash at sea). Without it, a plain marker.',
};

const DISPUTE: Docs = {
  question: 'What the sources disagree about, as a question.',
  views: 'At least two views, each with who holds it.',
};

const VIEW: Docs = {
  view: 'One answer to the question, in your own words.',
  heldBy: 'Who holds this view, e.g. "Vietnamese Ministry of Foreign Affairs".',
};

const CHOICE: Docs = {
  id: 'A lower-case id, unique among this event\'s choices, like "protest". The historical path names choices by it.',
  label: 'The answer as the player reads it on its button.',
  text: 'More about this answer, shown under its label.',
  cost: 'Political capital this answer costs (a whole number, 0 or more). At least one choice must cost nothing.',
  requires:
    'A condition: the answer is offered only when it holds. At least one choice must have none.',
  effects: 'What this answer does (an outcome).',
  historical:
    'true for what Hà Nội actually did; the historical path uses it when a step says nothing.',
};

const EVENT: Docs = {
  id: 'A lower-case id, unique among all events, like "oil-rig-arrives".',
  title: 'The headline shown in the news and the event dialog.',
  text: 'What happened, in your own words (facts carry over from sources, sentences do not).',
  place: 'Where it happened, so the map can show it.',
  when: 'A condition: the event fires only if it holds.',
  effects: 'What the event does when it fires, before any answer (an outcome).',
  choices: "The player's possible answers. An event needs effects, choices or both.",
  disputes: 'Where sources disagree: a question and at least two views. The debrief shows them.',
};

const SCHEDULED_EVENT: Docs = {
  ...EVENT,
  date: 'The day it happened, written YYYY-MM-DD. It must fall inside a calendar turn; it fires at the start of that turn.',
  sources:
    'At least one source: [{"publication": "…", "date": "YYYY-MM-DD"}]. Historical events must be cited.',
  postpone:
    'What happens when "when" fails on the date: {"months": 1, "price": {"relations.cn": -4}} puts the event off that many turns (a news line says so, the price is paid); if it fails again then, or the year ends first, it is called off and the price is paid again. Absent: the event silently does not happen.',
};

const POSTPONEMENT: Docs = {
  months: 'How many turns the event is put off (1 to 12).',
  price:
    'Numbers added to indicators each time the event is put off, e.g. {"relations.cn": -4, "suspicion.cn": 3}.',
};

const RANDOM_EVENT: Docs = {
  ...EVENT,
  weight:
    'How likely this event is on each draw: a formula such as {"base": 0, "per": {"sea.tension": 0.04}}.',
  maxTimes: 'How many times it can fire in one game (default 1).',
  cooldown:
    "Turns after it fires before it can be drawn again, as a reaction's cooldown (e.g. 2: a flood in June cannot recur before September). Absent or 0: it may recur the very next turn.",
  variants:
    'Optional words for its second, third… firing, in order: [{"title", "text", "place"?, "sources"?}]. At most maxTimes − 1; display only, the rules do not change.',
  sources:
    'Where this happened in the record. `check` asks for at least one unless the event is marked "whatIf".',
  whatIf:
    'true for an invented event, not a claim about the record: the event dialog and the sources lists label it "What if".',
};

const VARIANT: Docs = {
  title: 'The headline for this firing.',
  text: 'What happened this time, in your own words.',
  place: "Where it happened this time (default: the event's place).",
  sources: "What this firing is drawn from (default: the event's sources).",
};

const REACTION: Docs = {
  id: 'A lower-case id, unique among this power\'s reactions, like "survey-ship".',
  kind: 'reward, pressure, reassurance or warning: colours the news and explains it in the debrief.',
  text: 'What the power does and why, shown in the news ("…because Hà Nội raised ties with Washington…").',
  place: 'Where it happens, so the map can show it.',
  when: 'A condition: the reaction is possible only when it holds.',
  weight: 'How likely this reaction is against the others and quietWeight: a formula.',
  effects: 'What the reaction does (an outcome; lean has no effect here).',
  cooldown: 'Turns to wait before the same reaction can happen again (default 1).',
};

const POWER: Docs = {
  name: 'The power\'s name as players read it, e.g. "China".',
  short: 'A short name for tight places (the news tags, gauges), e.g. "US". The name when absent.',
  color:
    'The colour the screens draw the power in, "#rrggbb". When absent, one of the game\'s own by the power\'s place in the list.',
  capital: 'Its capital, e.g. "Beijing".',
  leader: 'Who leads it during the scenario.',
  agenda: 'What this power wants from Vietnam in this scenario; shown to the player.',
  rivals: 'The powers whose courting makes this one suspicious, e.g. ["us"].',
  suspicionPerRivalLean:
    'Suspicion added per point of lean toward a rival this turn (default 1.2).',
  reassurancePerLean:
    'Suspicion removed per point of lean toward this power this turn (default 0.8).',
  suspicionDecay: 'Suspicion that fades by itself each turn (default 3).',
  suspicionBiteAt:
    'Above this suspicion, relations erode every turn and patience wears down (default 55).',
  suspicionBite:
    'Relations lost per point of suspicion above suspicionBiteAt, each turn (default 0.15).',
  quietWeight: 'The weight of doing nothing when the power picks its reaction (default 2).',
  reactions: 'What the power may do at the end of a turn; it picks at most one, by weight.',
};

const ACTION: Docs = {
  id: 'A lower-case id, unique among the cards, like "envoy-beijing". Conditions and the historical path name cards by it.',
  title: 'The card\'s title, e.g. "Send a Party envoy to Beijing".',
  category: 'summitry, economy, sea or home: where the card is filed in the deck.',
  text: 'What the card does and what it risks, in plain words.',
  cost: 'Political capital the card costs (a whole number, 0 or more).',
  costPer:
    'Extra cost per point of an indicator, rounded, e.g. {"suspicion.us": 0.03} adds 1.5 at suspicion 50.',
  requires: 'A condition: the card can be played only when it holds.',
  once: 'true: the card can be played only once a game (default false).',
  cooldown:
    "Turns the card rests after it is played, instead of the rules' cards.cooldown (e.g. 3: a visit once a season).",
  effects: 'What the card does (an outcome).',
};

const TURN: Docs = {
  id: 'A short id for the turn, like "m1" or "may-a". Conditions (fromTurn, toTurn) and the historical path name turns by it.',
  label: 'The turn as players read it, e.g. "May 2014" or "1–15 May".',
  start: 'The first day of the turn, YYYY-MM-DD.',
  end: 'The last day of the turn, YYYY-MM-DD; the next turn starts after it.',
};

const STEP: Docs = {
  turn: 'The calendar turn this step plays (a turn id, in quotes).',
  play: 'The cards Hà Nội played that turn, in order (action ids).',
  choose: 'Answers to that turn\'s events: {"event-id": "choice-id"}.',
  note: 'What happened that turn, for readers of the file.',
};

/** Objects met at exactly one place, by path. */
const BY_PATH: Readonly<Record<string, Docs>> = {
  '': {
    $schema:
      'Where editors find this format: "./schema.json" inside scenarios/, or the schema\'s full address for a file kept elsewhere. Ignored by the game.',
    format:
      'The version of the scenario format: 2. Files written in format 1 still load: they are migrated on load, with a note that says so.',
    id: 'A unique lower-case id, like "hd981-2014". Replays and class codes name the scenario by it.',
    title: "The scenario's title, shown on the title screen and in the debrief.",
    summary: "The player's briefing: who they are, what they want and what is at stake.",
    defaultSeed:
      'The seed used when none is given. The same seed and the same decisions always give the same game.',
    turnUnit:
      'What one turn is called on every screen: "month" (the default), "fortnight" or "week".',
    calendar: 'The turns, in order, each {"id", "label", "start", "end"}. At least one.',
    start: 'The starting indicators, partnership tiers and flags.',
    powers:
      'The powers Hà Nội balances, two to six, by id (lower-case letters, e.g. "us"), in the order the screens list them. Each needs a drift weight (rules.drift.weights) and a starting tier.',
    ruleset:
      'The ruleset (a file in scenarios/rulesets/, by id, e.g. "bamboo-2023") whose coefficients, thresholds and start values this scenario starts from.',
    rules:
      "Changes to the ruleset's own dynamics per turn, e.g. halved rates for fortnightly turns. Optional: anything left out keeps the ruleset's value.",
    thresholds: 'When the game ends early and how the year is named.',
    actions: 'The cards the player can play. At least one.',
    events: 'Scheduled historical events, each with a date and sources.',
    randomEvents: 'The random-event table, drawn every turn.',
    historicalPath:
      'What Hà Nội actually did, as decisions the engine can replay; the player is compared with it.',
    debrief: 'The discussion questions for the debrief.',
  },
  start: {
    indicators:
      'Starting values, e.g. {"relations.us": 62}. Indicators left out start at the middle of their range.',
    tiers: 'The partnership tier with each power at the start.',
    flags: 'Flags set at the start (default none).',
  },
  rules: {
    drift: 'How lean becomes drift, and what drifting far costs.',
    economy: 'How growth follows investment, market access, trade with China and sea tension.',
    sea: 'How incidents arise from tension and how tension calms down.',
    home: 'Political capital, mood and the cost of concessions at home.',
    neglect:
      'How relations with a power Hà Nội did not engage this turn drift down, faster from high values. Absent: no drift.',
    warmth:
      "How each power's suspicion rises with Hà Nội's closeness to its rivals (their relations above a level). Absent: none.",
    patience:
      "How fast each power's patience wears while its suspicion bites and returns while it does not. Absent: 1 and 1.",
    score: "How the year is scored: each part's weight, the collapse penalty and the scales.",
    cards:
      'How long a card rests after it is played and how many are dealt each turn, so that no routine can be repeated every turn.',
    credibility:
      'What courting a power and its rival hard in the same turn costs with both (instead of cancelling out).',
    doctrine:
      'The red lines of the doctrine (the "four nos") and what crossing one costs, lastingly.',
  },
  'rules.cards': {
    cooldown:
      'Turns a card rests after it is played: 0 lets it be played again next turn, 2 means once every three turns.',
    hand: 'Cards dealt at random each turn from those playable then; only these can be played that turn. Absent or 0: every card is open every turn.',
    repeatFade:
      "How much of a card's certain effects each earlier play of it takes away: 0.3 gives 100 %, then 70 %, 49 %… of its numbers (its lean and risks stay whole: the signal is sent all the same). Absent or 0: every play counts in full.",
  },
  'rules.credibility': {
    threshold:
      'The lean in one turn, toward a power and toward one of its rivals alike, from which both feel deceived.',
    suspicion: 'Suspicion added on each side per point of the smaller of the two leans.',
    relations: 'Relations lost with each side per point of the smaller of the two leans.',
  },
  'rules.doctrine': {
    redLines:
      'The red lines, each {"id", "flag", "floor", "legitimacy"}: crossing one is setting its flag.',
  },
  'rules.doctrine.redLines[]': {
    id: 'A lower-case id, like "no-foreign-bases".',
    flag: 'The flag that marks the line as crossed (set by a card or an answer).',
    floor: 'Per power, the suspicion that no longer fades while the flag stands, e.g. {"us": 45}.',
    legitimacy: 'Legitimacy lost every turn while the flag stands.',
  },
  'rules.drift': {
    weights:
      'How much a point of lean toward each power moves drift: the sign puts the power on one side of the neutral line, 0 on neither. Every power needs one.',
    orbits:
      'The outcomes a full year ends in when drift stays past the band: {"negative": id, "positive": id}.',
    perLean: 'Drift per weighted point of lean.',
    decay: 'Drift that fades toward 0 each turn.',
    band: "Beyond ±band, the far pole's relations and the near pole's investment suffer.",
    farPenalty: "The far pole's relations lost per point of drift beyond the band, each turn.",
    nearNeglect: "The near pole's investment lost per point of drift beyond the band, each turn.",
  },
  'rules.drift.orbits': {
    negative: 'The outcome of a year that ends far on the negative side.',
    positive: 'The outcome of a year that ends far on the positive side.',
  },
  'rules.economy': {
    baseGrowth: 'Growth, in percent, when everything is average.',
    investmentWeight: 'Growth from average foreign investment above or below 50.',
    accessWeight: 'Growth from access to the US market above or below 50.',
    chinaTradeWeight: 'Growth from relations with the trade partner, scaled by trade dependence.',
    tradePartner: 'The power whose relations feed growth through trade dependence.',
    accessPartner: 'The power whose relations market access (economy.usAccess) follows.',
    tensionDrag:
      'Growth lost as sea tension rises above tensionDragFrom (the whole amount over tensionDragSpan points).',
    adjust: 'The fraction of the way growth moves toward its target each turn (0 to 1).',
    investmentFollow:
      "The fraction of the way each power's investment moves toward relations with it, each turn (0 to 1).",
    accessFollow:
      'The fraction of the way access to the US market moves toward relations with Washington, each turn (0 to 1).',
    infrastructureWeight: 'Growth from infrastructure above or below 50.',
    tensionDragFrom: 'The sea tension (0–100) above which tension starts to drag growth down.',
    tensionDragSpan:
      'Over how many points of tension above tensionDragFrom the whole tensionDrag is lost.',
  },
  'rules.sea': {
    baseline: 'The tension the sea calms toward.',
    calm: 'The fraction of the gap to baseline that tension loses each turn.',
    incidentsPerTension: 'Expected incidents per point of tension, each turn.',
    incidentTension: 'Tension added by each incident.',
    incidentNationalism: 'Nationalism added by each incident.',
    incidentsBy: 'The power whose vessels the incidents at sea involve (the news names it).',
  },
  'rules.home': {
    capitalPerTurn: 'Political capital paid in each turn after the first.',
    legitimacyBonus: 'Extra capital per turn at full legitimacy (less at low legitimacy).',
    capitulationBite:
      'Mood lost per point of concession (lean toward a power in backlash), scaled by nationalism.',
    backlash:
      'Per power: how much a point of lean toward it counts as a concession the nationalists resent (others: 0).',
    moodRecovery: 'The fraction of the way mood moves toward what growth justifies, each turn.',
    incidentMood: 'Mood lost per incident at sea.',
    moodBase: 'The public mood (0–100) that growth of exactly moodGrowthPivot percent justifies.',
    moodGrowthPivot:
      'The growth, in percent, at which growth neither lifts nor sours the public mood.',
    moodPerGrowth: 'Mood gained (or lost) per point of growth above (or below) moodGrowthPivot.',
    legitimacyRate:
      'The fraction of the way legitimacy moves toward the average of mood and the growth score, each turn (0 to 1).',
    nationalismBaseline: 'The nationalism (0–100) the public settles back to when nothing happens.',
    nationalismFade:
      'The fraction of the way nationalism returns to its baseline each turn (0 to 1).',
    capitalUpkeepFrom:
      'The stock of political capital above which upkeep is paid at the start of each turn.',
    capitalUpkeep:
      'The fraction of the capital above capitalUpkeepFrom that melts away each turn (0 to 1): a hoard is spent or lost. Absent or 0: none.',
    capitalPerGrowth:
      'Capital gained (or lost) each turn per point of growth above (or below) moodGrowthPivot. Absent or 0: none.',
  },
  'rules.neglect': {
    from: 'The relation above which neglect takes a share of the excess (rate).',
    rate: 'The fraction of the relation above `from` lost in a turn without engagement (0 to 1).',
    base: 'Relation lost in every turn without engagement, whatever its level.',
    engagedAt:
      'The lean toward a power, in one turn, that counts as engaging it (cards and answers that lean toward it).',
  },
  'rules.warmth': {
    from: 'The relation with a rival above which a power starts to take the warmth as a tilt away from it.',
    rate: "Suspicion a power gains in a turn per point of each rival's relation above `from`.",
  },
  'rules.patience': {
    wear: "Patience lost in a turn the power's suspicion is above its bite point.",
    recovery:
      'Patience regained in a turn it is not (1 restores a point a month; 0.5, one every two).',
  },
  'rules.score': {
    weights:
      'How much each part of the score counts: the weights are multiplied by parts scored 0–100 and added up.',
    collapsePenalty: 'Points taken off the score of a game that ended in a collapse.',
    fullGrowth: 'The growth, in percent, that scores full marks (0 % scores nothing).',
    tensionFreeBelow:
      'Sea tension below this costs sovereignty nothing; above it, half a point per point.',
  },
  'rules.score.weights': {
    weakestLink:
      'Weight of the weakest of the three relations: a year is as strong as its worst partnership.',
    relations: 'Weight of the average of the relations.',
    growth: 'Weight of growth (scored against fullGrowth).',
    sovereignty: 'Weight of sovereignty: standing and presence at sea, less excess tension.',
    stability: 'Weight of stability at home: the average of public mood and legitimacy.',
    autonomy: 'Weight of autonomy: 100 less the distance of drift from the neutral line.',
  },
  thresholds: {
    rupture: 'A relation at or below this is a rupture: the game ends.',
    clash: 'Sea tension at or above this is an armed clash: the game ends.',
    unrest: 'Public mood at or below this is unrest: the game ends.',
    crisis: 'Growth at or below this (percent) is an economic crisis: the game ends.',
    autonomyLost: 'Drift this far from the neutral line means autonomy is lost: the game ends.',
    master: 'The score a calm year needs to be named a master of bamboo diplomacy.',
    isolated: 'Below this weakest relation the year ends isolated.',
  },
  randomEvents: {
    draws: 'How many times the table is drawn each turn (default 1, at most 5).',
    noneWeight: 'The weight of drawing nothing (default 3).',
    events: 'The random events.',
  },
  historicalPath: {
    summary: 'What Hà Nội did, in a paragraph; shown in the debrief.',
    steps: 'One step per turn with decisions; turns without a step play no cards.',
  },
  debrief: {
    questions: 'At least one discussion question for the class.',
  },
};

/** Which shared type the object at `path` is (paths as `events[].choices[]`). */
function docTypeOf(path: string): Docs | undefined {
  if (/(\.when|\.requires|\.any\[\])$/.test(path)) return CONDITION;
  if (/\.risks\[\]$/.test(path)) return RISK;
  if (/\.effects$/.test(path)) return OUTCOME;
  if (/\.(weight|chance)$/.test(path)) return FORMULA;
  if (/\.sources\[\]$/.test(path)) return SOURCE;
  if (path === 'randomEvents.events[].variants[]') return VARIANT;
  if (/\.place$/.test(path)) return PLACE;
  if (/\.disputes\[\]$/.test(path)) return DISPUTE;
  if (/\.views\[\]$/.test(path)) return VIEW;
  if (/\.choices\[\]$/.test(path)) return CHOICE;
  if (/\.reactions\[\]$/.test(path)) return REACTION;
  if (/^powers\.([a-z]+|\*)$/.test(path)) return POWER;
  if (path === 'events[]') return SCHEDULED_EVENT;
  if (path === 'events[].postpone') return POSTPONEMENT;
  if (path === 'randomEvents.events[]') return RANDOM_EVENT;
  if (path === 'actions[]') return ACTION;
  if (path === 'calendar[]') return TURN;
  if (path === 'historicalPath.steps[]') return STEP;
  return BY_PATH[path];
}

/** The description of the field at `path` (e.g. `events[].sources`), if it has one. */
export function fieldDoc(path: string): string | undefined {
  const dot = path.lastIndexOf('.');
  const parent = dot >= 0 ? path.slice(0, dot) : '';
  const field = dot >= 0 ? path.slice(dot + 1) : path;
  const docs = docTypeOf(parent);
  return docs && Object.hasOwn(docs, field) ? docs[field] : undefined;
}

/** A zod issue path as a doc path: list indexes become `[]`. */
export function docPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += '[]';
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
