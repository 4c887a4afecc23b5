/**
 * What a page needs to show an image responsively (built on the server from the stored copies,
 * read by ResponsiveImage.svelte): the addresses of the copies per format, the fallback's
 * `srcset`, the size of the largest copy for `width`/`height`, and the item's alt text,
 * caption, credit and focal point.
 */
export interface ImageSource {
	type: string;
	srcset: string;
}

export interface ImageView {
	fileId: number;
	/** The largest fallback copy (JPEG or PNG). */
	src: string;
	width: number;
	height: number;
	/** The fallback format at every width. */
	srcset: string;
	/** AVIF first, then WebP. */
	sources: ImageSource[];
	/** "" for a decorative image. */
	alt: string;
	caption: string;
	credit: string;
	focusX: number;
	focusY: number;
}

/** `object-position` for a focal point. */
export const focusStyle = (v: Pick<ImageView, 'focusX' | 'focusY'>) =>
	`object-position: ${v.focusX}% ${v.focusY}%`;
