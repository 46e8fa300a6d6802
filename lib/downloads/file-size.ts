import { statSync } from 'node:fs';
import path from 'node:path';

const PUBLIC = path.join(process.cwd(), 'public');

/** The size of a generated download, read at build time: "12 KB", "1.4 MB". */
export function fileSize(sitePath: string): string {
  const bytes = statSync(path.join(PUBLIC, sitePath)).size;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
