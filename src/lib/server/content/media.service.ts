/** Files stored in PostgreSQL (uploads arrive with the editorial desk). */
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { mediaFiles } from './schema';

const LABELS: Record<string, string> = {
	'application/pdf': 'PDF',
	'image/png': 'PNG',
	'image/jpeg': 'JPEG',
	'image/webp': 'WebP',
	'image/gif': 'GIF',
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
	'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
	'text/csv': 'CSV',
	'text/plain': 'Tekst'
};

export function mimeLabel(mime: string): string {
	return LABELS[mime] ?? 'Fil';
}

export async function fileMeta(id: number) {
	const [row] = await db
		.select({
			id: mediaFiles.id,
			name: mediaFiles.name,
			mime: mediaFiles.mime,
			size: mediaFiles.size
		})
		.from(mediaFiles)
		.where(eq(mediaFiles.id, id));
	return row ? { ...row, label: mimeLabel(row.mime) } : null;
}
