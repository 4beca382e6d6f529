/** docs/sources.md: the printable sources page for teachers, written from the scenarios. */
import type { SourcesPage } from '../../view/sources-page';

/** Markdown treats these as markup; source titles and notes are plain text. */
function plain(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

export function sourcesMarkdown(
  pages: readonly { readonly page: SourcesPage; readonly file: string }[],
  command: string,
): string {
  const lines: string[] = [
    '# Sources, scenario by scenario',
    '',
    `Generated from the scenario files by \`${command}\`: do not edit by hand. For each scenario, every source the game cites, in alphabetical order, with the events it was used for and what the authors noted about it; then the events invented for the game ("what-ifs"), and the questions on which the sources disagree. Dates marked "about" are inferred, not printed on the piece. In the game, the same list is under Credits and sources, and each event shows its sources when it happens.`,
    '',
  ];
  for (const { page, file } of pages) {
    lines.push(
      `## ${plain(page.title)}`,
      '',
      `Scenario file: \`${file}\`. ${page.sources.length} sources.`,
      '',
    );
    page.sources.forEach((src, i) => {
      lines.push(`${i + 1}. ${plain(src.citation)}${src.url ? `. <${src.url}>` : ''}`);
      for (const note of src.notes) lines.push(`     - Note: ${plain(note)}`);
      lines.push(`     - Used for: ${src.usedFor.map(plain).join('; ')}`);
    });
    lines.push('');
    if (page.whatIfs.length > 0) {
      lines.push('### Invented for the game (what-ifs)', '');
      for (const w of page.whatIfs) lines.push(`- ${plain(w)}`);
      lines.push('');
    }
    if (page.disputes.length > 0) {
      lines.push('### Where the sources disagree', '');
      for (const d of page.disputes) {
        lines.push(`- **${plain(d.question)}** (${plain(d.event)})`);
        for (const v of d.views) lines.push(`  - ${plain(v.view)} (${plain(v.heldBy)})`);
      }
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
