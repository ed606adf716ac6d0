/**
 * The sample agreement inside groups/group-agreement.mdx, read from its "## Sample agreement"
 * section: the bold title line and the numbered items, as plain text for the printed handout.
 */
export interface AgreementSample {
  title: string;
  items: string[];
}

export function agreementItems(body: string): AgreementSample | undefined {
  const section = /^## Sample agreement\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(body)?.[1];
  if (!section) return undefined;
  const plain = (text: string) => text.replace(/\*\*|__|\*|_(?=\S)|(?<=\S)_/g, '').trim();
  const title = /^\*\*(.+?)\*\*\s*$/m.exec(section)?.[1];
  const items = [...section.matchAll(/^\d+\.\s+(.+)$/gm)].map((m) => plain(m[1]!));
  return items.length ? { title: plain(title ?? 'Our group agreement'), items } : undefined;
}
