/** Storing an uploaded image: cleaned and resized before the transaction, then its file, facts and copies in one. */
import { createHash } from 'node:crypto';
import type { DbOrTx } from '../db/client';
import { mediaFiles, mediaImageVariants, mediaImages } from './schema';
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/permissions';
import { recordAudit, storedText } from '../accounts/audit';
import { FieldError } from '../errors';
import { now } from '../clock';
import { MAX_UPLOAD_BYTES, cleanFileName, megabytes } from './files';
import { imageFileName, processImage, type ProcessedImage } from './images';

export interface PreparedImage {
	name: string;
	image: ProcessedImage;
	sha256: string;
}

/** Reads, checks and resizes an uploaded image before any transaction starts. */
export async function prepareImage(file: File, field = 'fil'): Promise<PreparedImage> {
	if (file.size > MAX_UPLOAD_BYTES)
		throw new FieldError(field, 'problems.content.fileTooLarge', { size: megabytes(file.size) });
	const bytes = Buffer.from(await file.arrayBuffer());
	const image = await processImage(bytes, field);
	return {
		name: imageFileName(cleanFileName(file.name).slice(0, 140), image.kind),
		image,
		sha256: createHash('sha256').update(image.original).digest('hex')
	};
}

export async function insertVariants(tx: DbOrTx, fileId: number, image: ProcessedImage) {
	await tx.insert(mediaImageVariants).values(
		image.variants.map((v) => ({
			fileId,
			width: v.width,
			height: v.height,
			format: v.format,
			size: v.data.length,
			sha256: v.sha256,
			data: v.data
		}))
	);
}

/** Stores a prepared image (file, facts, copies) in the caller's transaction; returns its id. */
export async function insertImage(tx: DbOrTx, actor: Actor, prepared: PreparedImage, alt: string) {
	authorize(actor, can.editContent, 'bilde.last-opp');
	const { image } = prepared;
	const [row] = await tx
		.insert(mediaFiles)
		.values({
			name: prepared.name,
			mime: image.kind.mime,
			size: image.original.length,
			sha256: prepared.sha256,
			data: image.original,
			createdAt: now(),
			createdBy: actor.id
		})
		.returning({ id: mediaFiles.id });
	await tx
		.insert(mediaImages)
		.values({ fileId: row.id, width: image.width, height: image.height, alt, updatedAt: now() });
	await insertVariants(tx, row.id, image);
	await recordAudit(tx, actor, {
		action: 'bilde.lastet-opp',
		entityType: 'fil',
		entityId: row.id,
		summary: storedText('images.audit.uploaded', {
			name: prepared.name,
			width: image.width,
			height: image.height
		}),
		after: { id: row.id, name: prepared.name, mime: image.kind.mime, alt }
	});
	return row.id;
}
