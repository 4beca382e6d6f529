/**
 * A scenario's summary that opens with the words of the heading above it ("What Hà Nội actually
 * did: …") reads them twice: the heading says them once, the text goes on from the colon.
 */
export function withoutHeading(text: string, heading: string): string {
  const lead = `${heading}:`;
  if (!text.toLocaleLowerCase().startsWith(lead.toLocaleLowerCase())) return text;
  const rest = text.slice(lead.length).trimStart();
  return rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
}
