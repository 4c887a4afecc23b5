/**
 * Shapes of the demo content. Texts are Norwegian bokmål Markdown, written in our own words
 * from the programme's original page and the domain brief.
 */
import type { PageListing } from '../schema';

export interface DemoPage {
	slug: string;
	title: string;
	/** Shorter title for menus and breadcrumbs, when the title is long. */
	menuTitle?: string;
	lead: string;
	/** Markdown. Headings start at ## (the page title is the h1). */
	body: string;
	/** Default true. Pages like /personvern are reachable but not in the main menu. */
	showInMenu?: boolean;
	/** A menu entry pointing elsewhere, e.g. '/nyheter'. */
	linkUrl?: string;
	/** A list shown under the body. */
	listing?: PageListing;
	children?: DemoPage[];
}

export interface DemoNews {
	slug: string;
	title: string;
	lead: string;
	/** Markdown; headings start at ##. */
	body: string;
	/** Dateline place in capitals (OSLO, TRONDHEIM, ASKER …) or undefined. */
	dateline?: string;
	/** ISO 8601 with offset, e.g. '2021-05-12T10:00:00+02:00'. */
	publishedAt: string;
	tags: string[];
	readMoreUrl?: string;
	readMoreLabel?: string;
}

export type DemoResourceKind = 'rapport' | 'temapakke' | 'film' | 'opptak' | 'dokument' | 'lenke';

export interface DemoResource {
	slug: string;
	kind: DemoResourceKind;
	title: string;
	/** Markdown. */
	description: string;
	year: number;
	/** External address of the document or page. */
	url?: string;
	/** Video (Vimeo page address), without and with subtitles. */
	videoUrl?: string;
	videoUrlSubtitled?: string;
	durationSeconds?: number;
	/** Plain text or Markdown transcript of a film or recording. */
	transcript?: string;
	featured?: boolean;
	publishedAt: string;
}

export interface DemoPerson {
	name: string;
	role: string;
	organisation: string;
	email?: string;
	grouping: string;
}

export interface DemoFaq {
	question: string;
	/** Markdown. */
	answer: string;
	topic: string;
}

export interface DemoGoal {
	slug: string;
	title: string;
	/** Markdown, 2–4 sentences. */
	description: string;
	/** UN SDG numbers. */
	sdgs: number[];
	/** Path of the Kulturskole 3.0 theme page that deepens it, e.g. '/kulturskole-3-0/helhetlig-oppvekst'. */
	themePath?: string;
}
