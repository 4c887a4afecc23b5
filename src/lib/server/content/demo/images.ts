/**
 * The demo's pictures: six illustrations drawn for the programme (SVG in ./illustrations, no
 * photos of people), rendered with sharp and stored like an upload (cleaned, resized), then
 * set as the main image of the programme's pages, news items, resources and events.
 */
import { inArray } from 'drizzle-orm';
import sharp from 'sharp';
import type { Tx } from '../../db/client';
import {
	itemImages,
	mediaFiles,
	mediaImages,
	newsArticles,
	pages,
	resources,
	type ImageKind
} from '../schema';
import { events } from '../../events/schema';
import { processImage } from '../images';
import { insertVariants } from '../image-store';
import { createHash } from 'node:crypto';
import fellesskap from './illustrations/fellesskap.svg?raw';
import musikk from './illustrations/musikk.svg?raw';
import dans from './illustrations/dans.svg?raw';
import kunst from './illustrations/kunst.svg?raw';
import nettverk from './illustrations/nettverk.svg?raw';
import teater from './illustrations/teater.svg?raw';

/** The illustrations and their alt text (bokmål, as the demo content is). */
const ILLUSTRATIONS = {
	fellesskap: {
		svg: fellesskap,
		alt: 'Illustrasjon: et kulturskolehus med noter på taket, og barn og voksne rundt det på en grønn ås'
	},
	musikk: {
		svg: musikk,
		alt: 'Illustrasjon: en rød gitar, noter og fargede lydbølger på mørkeblå bakgrunn'
	},
	dans: {
		svg: dans,
		alt: 'Illustrasjon: to dansende figurer og svungne bånd i rødt, lilla og gult'
	},
	kunst: {
		svg: kunst,
		alt: 'Illustrasjon: et staffeli med et maleri av sol og fjell, en palett og penselstrøk'
	},
	nettverk: {
		svg: nettverk,
		alt: 'Illustrasjon: en lang kyststripe med steder som er bundet sammen i et nettverk'
	},
	teater: {
		svg: teater,
		alt: 'Illustrasjon: en teaterscene med røde gardiner, lyskjegle og to masker'
	}
} as const;
type Illustration = keyof typeof ILLUSTRATIONS;

/** Which item gets which picture: pages by path, the others by slug. */
const USES: { kind: ImageKind; key: string; image: Illustration; focusX?: number }[] = [
	{ kind: 'side', key: '/prosjektet', image: 'fellesskap' },
	{ kind: 'side', key: '/kulturskole-3-0', image: 'musikk' },
	{ kind: 'side', key: '/kulturskole-3-0/kulturskolen-som-ressurssenter', image: 'kunst' },
	{ kind: 'side', key: '/kulturskole-3-0/helhetlig-oppvekst', image: 'dans' },
	{ kind: 'side', key: '/kulturskole-3-0/livslopsperspektivet', image: 'musikk' },
	{ kind: 'side', key: '/kulturskole-3-0/inkludering-og-utenforskap', image: 'fellesskap' },
	{ kind: 'side', key: '/veien-videre', image: 'nettverk' },
	{ kind: 'nyhet', key: '16-kommuner-i-pilotprosjekt', image: 'nettverk', focusX: 55 },
	{ kind: 'nyhet', key: 'pilotkommunene-godt-i-gang', image: 'fellesskap' },
	{ kind: 'nyhet', key: 'temasamling-samskaping-i-praksis', image: 'teater' },
	{ kind: 'nyhet', key: 'invitasjon-til-regionale-program', image: 'nettverk' },
	{ kind: 'nyhet', key: 'ny-underveisrapport', image: 'kunst' },
	{ kind: 'nyhet', key: 'nettmote-kulturskole-hele-livet', image: 'musikk' },
	{ kind: 'nyhet', key: 'viktig-skritt-mot-fremtidens-kulturskole', image: 'fellesskap' },
	{ kind: 'nyhet', key: 'filmpremiere-og-oppstart-av-forpilot', image: 'teater' },
	{ kind: 'nyhet', key: 'temapakker-for-arbeid-mot-fremtidens-kulturskole', image: 'kunst' },
	{ kind: 'nyhet', key: 'nytt-dialogseminar-29-april-2024', image: 'dans' },
	{ kind: 'ressurs', key: 'pa-vei-mot-fremtidens-kulturskole', image: 'fellesskap' },
	{ kind: 'ressurs', key: 'temapakke-1-hovedfunn-og-bakgrunn', image: 'kunst' },
	{ kind: 'ressurs', key: 'temapakke-2-kulturskolen-i-samfunnet', image: 'nettverk' },
	{ kind: 'ressurs', key: 'temapakke-3-kulturskole-hele-livet', image: 'musikk' },
	{ kind: 'arrangement', key: 'temasamling-samskaping-i-praksis', image: 'teater' },
	{
		kind: 'arrangement',
		key: 'webinar-kulturskolen-og-det-kommunale-plansystemet',
		image: 'nettverk'
	}
];

/** Renders an illustration as a 1200-pixel-wide JPEG, as if an editor had uploaded it. */
async function rendered(svg: string): Promise<Buffer> {
	return sharp(Buffer.from(svg), { density: 72 })
		.resize({ width: 1200 })
		.flatten({ background: '#ffffff' })
		.jpeg({ quality: 90 })
		.toBuffer();
}

async function idsOf(tx: Tx, kind: ImageKind, keys: string[]): Promise<Map<string, number>> {
	if (keys.length === 0) return new Map();
	const rows =
		kind === 'side'
			? await tx
					.select({ id: pages.id, key: pages.path })
					.from(pages)
					.where(inArray(pages.path, keys))
			: kind === 'nyhet'
				? await tx
						.select({ id: newsArticles.id, key: newsArticles.slug })
						.from(newsArticles)
						.where(inArray(newsArticles.slug, keys))
				: kind === 'ressurs'
					? await tx
							.select({ id: resources.id, key: resources.slug })
							.from(resources)
							.where(inArray(resources.slug, keys))
					: await tx
							.select({ id: events.id, key: events.slug })
							.from(events)
							.where(inArray(events.slug, keys));
	return new Map(rows.map((r) => [r.key, r.id]));
}

export async function loadImagesDemo(tx: Tx): Promise<void> {
	const fileIds = new Map<Illustration, number>();
	// One at a time: sharp already uses every core for each picture.
	for (const [name, ill] of Object.entries(ILLUSTRATIONS) as [
		Illustration,
		(typeof ILLUSTRATIONS)[Illustration]
	][]) {
		const image = await processImage(await rendered(ill.svg));
		const [row] = await tx
			.insert(mediaFiles)
			.values({
				name: `illustrasjon-${name}.jpg`,
				mime: image.kind.mime,
				size: image.original.length,
				sha256: createHash('sha256').update(image.original).digest('hex'),
				data: image.original
			})
			.returning({ id: mediaFiles.id });
		await tx
			.insert(mediaImages)
			.values({ fileId: row.id, width: image.width, height: image.height, alt: ill.alt });
		await insertVariants(tx, row.id, image);
		fileIds.set(name, row.id);
	}
	for (const kind of ['side', 'nyhet', 'ressurs', 'arrangement'] as const) {
		const uses = USES.filter((u) => u.kind === kind);
		const ids = await idsOf(
			tx,
			kind,
			uses.map((u) => u.key)
		);
		const rows = uses.flatMap((u) => {
			const itemId = ids.get(u.key);
			const fileId = fileIds.get(u.image);
			if (itemId === undefined || fileId === undefined) return [];
			return [
				{
					kind,
					itemId,
					fileId,
					alt: ILLUSTRATIONS[u.image].alt,
					focusX: u.focusX ?? 50,
					focusY: 50
				}
			];
		});
		// An item that already has a main image (chosen by an editor) keeps it.
		if (rows.length > 0) await tx.insert(itemImages).values(rows).onConflictDoNothing();
	}
}
