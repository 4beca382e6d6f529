/** The depth report as terminal text and as the Markdown of docs/depth.md. */
import { CARDS, type DecisionDepth, MONTH_SAMPLES, type MonthDepth, REAL_DECISION } from './months';
import type { ReactionReach } from './reactions';
import type { DepthReport, RotationFigure } from './report';

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const cardsOf = (r: RotationFigure) => (r.cards.length > 0 ? r.cards.join(' + ') : 'no cards');
const orDash = (x: number | null) => (x === null ? '—' : String(x));
const reachedBy = (x: ReactionReach) =>
  Object.entries(x.byBot)
    .map(([bot, n]) => `${bot} ${n}`)
    .join(', ') || 'nobody';
const shareOrDash = (x: number | null) => (x === null ? '—' : pct(x));

export function depthText(r: DepthReport): string {
  const lines = [
    `${r.title} (${r.scenario}, ${r.turns} turns, content ${r.hash}), ${r.games} seeds (${r.seeds})`,
    '  bots:',
  ];
  for (const [name, b] of Object.entries(r.bots))
    lines.push(
      `    ${name.padEnd(17)} median ${String(b.median).padStart(5)}  sd ${String(b.sd).padStart(4)}  (p10 ${b.p10}, p90 ${b.p90})  master ${pct(b.masterShare)}`,
    );
  const best = r.bestRotation;
  const s = r.rotationSearch;
  lines.push(
    `  best fixed plan: ${cardsOf(best)} every month, ${best.answers} answers: median ${best.median} (sd ${best.sd}), master ${pct(best.masterShare)}`,
    `    searched ${s.plans} plans (up to ${s.maxCards} of ${s.cards} cards × ${s.answerRules.length} answer rules), ${s.gamesPlayed} games:`,
    ...s.rounds.map(
      (x) =>
        `      ${String(x.plans).padStart(6)} plans on ${String(x.seeds).padStart(3)} seeds: best mean ${x.bestMean}, kept ${x.kept}${x.cutoffMean === null ? '' : ` (cut-off ${x.cutoffMean})`}; the winner ranked ${x.winnerRank}`,
    ),
    '    finalists:',
    ...s.finalists
      .slice(0, 6)
      .map(
        (f) =>
          `      ${String(f.median).padStart(5)}  master ${pct(f.masterShare).padStart(6)}  ${cardsOf(f)} / ${f.answers}`,
      ),
    '  events (fired on the historical path / across bots; best − worst answer; history best):',
  );
  for (const e of r.events)
    lines.push(
      `    ${e.id.padEnd(28)} ${e.when.padEnd(8)} fired ${pct(e.firedShare.historical).padStart(6)} / ${pct(e.firedShare.bots).padStart(6)}  gap ${orDash(e.gapMedian).padStart(4)}  history best ${shareOrDash(e.historicalBestShare)}`,
    );
  const real = r.months.filter((m) => m.real).length;
  lines.push(
    `  months with a real decision: ${real} of ${r.months.length}, on ${r.monthGames} lookahead games (strongest decision: gap best − worst, best − second, best not the usual one, the routine loses ≥ ${REAL_DECISION.regret}):`,
  );
  for (const m of r.months) {
    const d = m.decisions[0];
    lines.push(
      `    ${m.month.padEnd(6)} ${m.real ? 'real' : 'NONE'}  ${d ? `${d.id.padEnd(24)} gap ${String(d.gap).padStart(4)}  close ${String(d.close).padStart(4)}  other best ${pct(d.otherBestShare).padStart(6)}  routine loses ${pct(d.routineLosesShare).padStart(6)}` : 'no decision'}`,
    );
  }
  lines.push(
    `  never fired: ${r.neverFired.join(', ') || 'none'}`,
    `  never on the historical path: ${r.neverOnHistoricalPath.join(', ') || 'none'}`,
    `  reactions never reached: ${r.neverFiredReactions.join(', ') || 'none'}`,
    ...r.reactions.map(
      (x) =>
        `    ${x.id.padEnd(36)} ${x.kind.padEnd(11)} history ${pct(x.firedShare.historical).padStart(6)}  bots ${pct(x.firedShare.bots).padStart(6)}  ${reachedBy(x)}`,
    ),
    `  unread indicators: ${r.unreadIndicators.join(', ') || 'none'}`,
    `  targets (${r.targetSet.name}):`,
    ...r.targets.map((t) => `    [${t.met ? 'met' : 'NOT met'}] ${t.text}: ${t.detail}`),
  );
  return lines.join('\n');
}

function scenarioMarkdown(r: DepthReport): string {
  const best = r.bestRotation;
  const s = r.rotationSearch;
  const met = r.targets.filter((t) => t.met).length;
  return [
    `## ${r.title} (\`${r.scenario}\`)`,
    '',
    `${r.turns} turns, content hash \`${r.hash}\`, ${r.games} seeds (\`${r.seeds}\`). Targets (${r.targetSet.name}) met: ${met} of ${r.targets.length}.`,
    '',
    '| bot | games | median | sd | p10 | p90 | master |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...Object.entries(r.bots).map(
      ([name, b]) =>
        `| ${name} | ${b.games} | ${b.median} | ${b.sd} | ${b.p10} | ${b.p90} | ${pct(b.masterShare)} |`,
    ),
    '',
    `**Best fixed plan**: ${cardsOf(best)} every month they are legal, events answered by the ${best.answers} rule — median ${best.median} (sd ${best.sd}), master in ${pct(best.masterShare)} of games.`,
    '',
    `The search tried ${s.plans} plans (every combination of up to ${s.maxCards} of the ${s.cards} cards, × ${s.answerRules.join(' / ')} answers) in ${s.gamesPlayed} games:`,
    '',
    '| round | plans | seeds | best mean | kept | cut-off mean | winner ranked |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...s.rounds.map(
      (x, i) =>
        `| ${i + 1} | ${x.plans} | ${x.seeds} | ${x.bestMean} | ${x.kept} | ${orDash(x.cutoffMean)} | ${x.winnerRank} |`,
    ),
    '',
    'Finalists:',
    '',
    '| plan | answers | median | sd | master |',
    '| --- | --- | ---: | ---: | ---: |',
    ...s.finalists.map(
      (f) => `| ${cardsOf(f)} | ${f.answers} | ${f.median} | ${f.sd} | ${pct(f.masterShare)} |`,
    ),
    '',
    "**Events with choices** (fired: share of historical games / of all other bots' games; gap: median over seeds of best minus worst answer, every other decision historical; history best: share of seeds where history's answer scored best)",
    '',
    "| event | when | fired (history) | fired (bots) | gap | history best | history's answer | median by answer |",
    '| --- | --- | ---: | ---: | ---: | ---: | --- | --- |',
    ...r.events.map(
      (e) =>
        `| ${e.id} | ${e.when} | ${pct(e.firedShare.historical)} | ${pct(e.firedShare.bots)} | ${orDash(e.gapMedian)} | ${shareOrDash(e.historicalBestShare)} | ${e.historicalAnswer ?? '—'} | ${e.choices.map((c) => `${c.id} ${orDash(c.median)}`).join(', ')} |`,
    ),
    '',
    ...monthsMarkdown(r.months, r.monthGames),
    '',
    `**Never fired**: ${r.neverFired.join(', ') || 'none'}. Never on the historical path (some bot may reach them): ${r.neverOnHistoricalPath.join(', ') || 'none'}.`,
    '',
    `**Reactions never reached** (no bot and not the historical path triggers them): ${r.neverFiredReactions.join(', ') || 'none'}.`,
    '',
    "**Reactions** (share of the historical path's games / of all other bots' games in which each happened at least once; games per bot)",
    '',
    '| reaction | kind | fired (history) | fired (bots) | games by bot |',
    '| --- | --- | ---: | ---: | --- |',
    ...r.reactions.map(
      (x) =>
        `| ${x.id} | ${x.kind} | ${pct(x.firedShare.historical)} | ${pct(x.firedShare.bots)} | ${reachedBy(x)} |`,
    ),
    '',
    `**Unread indicators**: ${r.unreadIndicators.join(', ') || 'none'}.`,
    '',
    `**Targets** (${r.targetSet.name})`,
    '',
    ...r.targets.map((t) => `- ${t.met ? '✅ met' : '❌ not met'}: ${t.text} — ${t.detail}`),
  ].join('\n');
}

/** The decisions shown for a month: the real ones, else the strongest two; and its strongest event. */
function shown(m: MonthDepth): readonly DecisionDepth[] {
  const real = m.decisions.filter((d) => d.real);
  const out = real.length > 0 ? real : m.decisions.slice(0, 2);
  const event = m.decisions.find(
    (d) => d.id !== CARDS && d.seeds >= (m.decisions[0]?.seeds ?? 0) / 2,
  );
  return event && !out.includes(event) ? [...out, event] : out;
}

/** " (not: jan, feb)" for the months that fail `real`, or nothing. */
function missing(months: readonly MonthDepth[], real: (m: MonthDepth) => boolean): string {
  const not = months.filter((m) => !real(m)).map((m) => m.month);
  return not.length > 0 ? ` (not: ${not.join(', ')})` : '';
}

function monthsMarkdown(months: readonly MonthDepth[], games: number): string[] {
  const real = months.filter((m) => m.real).length;
  const byEvent = months.filter((m) => m.realEvent).length;
  return [
    `**A real decision every month?** On ${games} lookahead games, ${real} of ${months.length} months have one${missing(months, (m) => m.real)}; ${byEvent} have one among their events, the hand aside${missing(months, (m) => m.realEvent)}. Per month, the real decisions (or, when there is none, the two with the most at stake) and the month's strongest event; seeds: games in which the decision came up; gap: median best − worst; close: median best − second; other best: share of seeds whose best is not the most common best; routine loses: share of seeds on which the routine (the best fixed order of preference) loses ≥ ${REAL_DECISION.regret} to that seed's best.`,
    '',
    '| month | real? | real event? | decision | seeds | options | gap | close | most often best | other best | routine loses |',
    '| --- | --- | --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |',
    ...months.flatMap((m) => {
      const ds = shown(m);
      if (ds.length === 0) return [`| ${m.month} | ❌ | ❌ | — | 0 | — | — | — | — | — | — |`];
      return ds.map(
        (d, i) =>
          `| ${i === 0 ? m.month : ''} | ${i === 0 ? (m.real ? '✅' : '❌') : ''} | ${i === 0 ? (m.realEvent ? '✅' : '❌') : ''} | ${d.id} | ${d.seeds} | ${d.options} | ${d.gap} | ${d.close} | ${d.modal} | ${pct(d.otherBestShare)} | ${pct(d.routineLosesShare)} |`,
      );
    }),
  ];
}

const METHOD = [
  '**How to read it.** Every bot and every plan plays the same seeds. **Fixed plans** are "these cards every month they are legal (in the order listed), and every event answered by one rule": *historical* (what Hanoi chose), *first* (the first answer listed), *cautious* (the answer that signals the least lean, then has the fewest risks, then costs least) or *lookahead* (each answer tried on simulated futures, as the lookahead bot does). The search tries every combination of up to three cards with every rule. It screens all of them on one seed, keeps the best 240 (and the best two of each answer rule), plays those on four times as many seeds and keeps a quarter by mean score, and so on until ten finalists play every seed and are ranked by median. A plan\'s result on a seed never changes from round to round (same dice, same private stream), so a later round only adds seeds; "winner ranked" shows where the final winner stood in each round — a winner ranked first from the first round was never in danger of being cut.',
  '',
  "**Events**: for each event with choices, the historical path is replayed with that one answer forced on every seed where the event fires. **Never fired** lists the events no bot and not the historical path reached on any seed; **reactions never reached** does the same for the powers' reactions (a rung of an escalation ladder no game climbs to is dead content too). **Unread indicators** are those that no condition, formula or card price in the data names and that the engine's rules ignore: measured by replaying recorded games from states where the indicator is pushed to either end of its range, and watching whether anything else changes (another indicator, a flag, an event, the ending, which cards are legal).",
  '',
  `**A real decision every month.** The lookahead bot plays three times as many seeds as the rest of the report; at each event it answers and at each month's first card (the hand's cards, or ending the month without one), every candidate is valued by the rollouts the bot decides by (bamboo play to two turns ahead, on ${MONTH_SAMPLES} private futures instead of its 3). A decision is **real** when (1) it comes up in at least ${pct(REAL_DECISION.reach)} of the games, (2) the median gap between the best and the worst candidate is at least ${REAL_DECISION.stakes} points of score, and (3) no routine settles it: taking each time the candidate that is most often best (or, when it is not on offer, the next most often best) loses at least ${REAL_DECISION.regret} point to that game's best on at least ${pct(REAL_DECISION.share)} of the games. A month passes when one of its decisions is real; "real event?" asks the same of its events alone, since the hand changes from game to game by design and so passes more easily. An answer that is always best, or a choice between answers that end the same, fails; so does a choice whose best changes from seed to seed only by a hair.`,
  '',
  'Performance targets (`npm run bench`: ≥ 20,000 campaigns/s, the advisor < 100 ms per 1,000 rollouts) are judged by the benchmark, not here.',
].join('\n');

export function depthMarkdown(reports: readonly DepthReport[], command: string): string {
  return [
    '# Depth report',
    '',
    `Generated by \`${command}\` — do not edit by hand. It measures whether strategy is rewarded over routine (issue 12): the bots, the strongest fixed plan a search finds, how much each event's answer matters, events and reactions that never happen and indicators nothing reads.`,
    '',
    METHOD,
    '',
    ...reports.flatMap((r) => [scenarioMarkdown(r), '']),
  ].join('\n');
}
