/**
 * Names and short explanations of the game's own vocabulary (indicators,
 * tiers, outcomes, rules), in English. Part of the UI string catalogue; a
 * translation replaces this object.
 */
import type { IndicatorKey, OutcomeId, PowerId, TierId } from '../engine';

export const POWER_NAMES: Readonly<Record<PowerId, string>> = {
  cn: 'China',
  us: 'United States',
  jp: 'Japan',
};

export const INDICATOR_LABELS: Readonly<Record<IndicatorKey, { name: string; help: string }>> = {
  'relations.cn': {
    name: 'Relations with China',
    help: 'Trust between Hà Nội and Beijing. At the floor, relations rupture.',
  },
  'relations.us': {
    name: 'Relations with the US',
    help: 'Trust between Hà Nội and Washington. At the floor, relations rupture.',
  },
  'relations.jp': {
    name: 'Relations with Japan',
    help: 'Trust between Hà Nội and Tokyo. At the floor, relations rupture.',
  },
  'suspicion.cn': {
    name: "Beijing's suspicion",
    help: 'How far Beijing believes you are leaning to its rivals. High suspicion erodes relations.',
  },
  'suspicion.us': {
    name: "Washington's suspicion",
    help: 'How far Washington believes you are captured by Beijing. High suspicion erodes relations.',
  },
  'suspicion.jp': {
    name: "Tokyo's suspicion",
    help: 'How far Tokyo doubts your independence from Beijing. High suspicion erodes relations.',
  },
  'patience.cn': {
    name: "Beijing's patience",
    help: 'Wears down each month its suspicion is high; at zero it reaches for its harshest pressure.',
  },
  'patience.us': {
    name: "Washington's patience",
    help: 'Wears down each month its suspicion is high.',
  },
  'patience.jp': { name: "Tokyo's patience", help: 'Wears down each month its suspicion is high.' },
  'autonomy.drift': {
    name: 'Drift (bamboo meter)',
    help: 'Distance from the neutral line: negative toward Beijing, positive toward Washington and Tokyo. Past the band, the far pole punishes you.',
  },
  'economy.growth': {
    name: 'GDP growth (%)',
    help: 'Annual growth; it follows investment, US market access, trade with China and calm seas.',
  },
  'economy.tradeDependence': {
    name: 'Dependence on Chinese inputs',
    help: 'How much factories rely on Chinese parts and materials: the weight of good relations with Beijing on growth.',
  },
  'economy.usAccess': { name: 'US market access', help: 'Openness of your largest export market.' },
  'economy.investment.cn': {
    name: 'Chinese investment',
    help: 'New projects from China; follows relations.',
  },
  'economy.investment.us': {
    name: 'US investment',
    help: 'New projects from the US; follows relations.',
  },
  'economy.investment.jp': {
    name: 'Japanese investment',
    help: 'New projects from Japan; follows relations.',
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
    name: 'Incidents this month',
    help: 'Rammings, water cannon, survey ships: more when tension is high.',
  },
  'sea.incidentsTotal': {
    name: 'Incidents this year',
    help: 'All incidents at sea since the game began.',
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
    help: 'Follows the public mood and growth; brings more political capital each month.',
  },
  'home.capital': { name: 'Political capital', help: 'Your budget for actions this month.' },
};

export const TIER_LABELS: Readonly<Record<TierId, string>> = {
  partner: 'Partnership',
  comprehensive: 'Comprehensive partnership',
  strategic: 'Strategic partnership',
  'extensive-strategic': 'Extensive strategic partnership',
  'comprehensive-strategic': 'Comprehensive strategic partnership',
};

export const OUTCOME_LABELS: Readonly<Record<OutcomeId, { name: string; help: string }>> = {
  master: {
    name: 'Master of bamboo diplomacy',
    help: 'All three capitals still want you, the economy grows, the claims stand.',
  },
  survivor: {
    name: 'Bent but unbroken',
    help: 'The year ended without collapse, but some links are weak.',
  },
  isolated: { name: 'Isolated', help: 'You kept your balance by letting a partnership wither.' },
  'beijing-orbit': {
    name: "Drifted into Beijing's orbit",
    help: "Washington and Tokyo now treat Hà Nội as Beijing's client.",
  },
  'washington-camp': {
    name: "Pulled into Washington's camp",
    help: 'Beijing now treats Hà Nội as part of a coalition against it.',
  },
  'rupture-cn': { name: 'Rupture with Beijing', help: 'Relations with China collapsed.' },
  'rupture-us': {
    name: 'Rupture with Washington',
    help: 'Relations with the United States collapsed.',
  },
  'rupture-jp': { name: 'Rupture with Tokyo', help: 'Relations with Japan collapsed.' },
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
};

/** What each of the engine's own rules means, for "why did this move?". */
export const RULE_LABELS: Readonly<Record<string, string>> = {
  'new-turn': 'A new month: the count of incidents starts again',
  'capital-income': 'Political capital for the month (more when the Party is seen as legitimate)',
  capitulation: 'The public saw concessions to Beijing',
  lean: "This month's decisions leaned toward one side",
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
};

export const CATEGORY_LABELS: Readonly<Record<string, string>> = {
  summitry: 'Summitry',
  economy: 'Economy',
  sea: 'Sea',
  home: 'Home',
};

export const GROUP_LABELS: Readonly<Record<string, string>> = {
  relations: 'Relations',
  suspicion: 'Suspicion',
  autonomy: 'Autonomy',
  economy: 'Economy',
  sea: 'Sea',
  home: 'Home',
};

/** The engine's own news, which carries a count instead of words. */
export const INCIDENT_NEWS = (count: number): string =>
  count === 1
    ? 'An incident at sea with Chinese vessels.'
    : `${count} incidents at sea with Chinese vessels.`;
