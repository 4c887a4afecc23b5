/** Files stored in PostgreSQL: what the public pages show about them, and serving them. */
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { mediaFiles } from './schema';
import { m } from '$lib/i18n';
import { FILE_KINDS, type StoredFileMeta } from './files';

export function mimeLabel(mime: string): string {
	return Object.values(FILE_KINDS).find((k) => k.mime === mime)?.label ?? m.admin.files.kindFile;
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

/** What serving a file needs to decide its answer (without the bytes). */
export async function storedFileMeta(id: number): Promise<StoredFileMeta | null> {
	const [row] = await db
		.select({
			id: mediaFiles.id,
			name: mediaFiles.name,
			mime: mediaFiles.mime,
			size: mediaFiles.size,
			sha256: mediaFiles.sha256
		})
		.from(mediaFiles)
		.where(eq(mediaFiles.id, id));
	return row ?? null;
}

export async function storedFileData(id: number): Promise<Buffer | null> {
	const [row] = await db
		.select({ data: mediaFiles.data })
		.from(mediaFiles)
		.where(eq(mediaFiles.id, id));
	return row?.data ?? null;
}
