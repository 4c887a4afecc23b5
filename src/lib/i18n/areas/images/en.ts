import type { Shape } from '../../define';
import type { images as imagesNb } from './nb';

/** Images: the media library, an item's main image, and how pages show them: English. */
export const images: Shape<typeof imagesNb> = {
	problems: {
		notImage: 'The file is not an image. Upload a PNG, JPEG, GIF or WebP file.',
		unreadable: 'The image cannot be read. Try saving it again as JPEG or PNG.',
		tooManyPixels:
			'The image has too many pixels (at most {max} megapixels). Make it smaller and try again.',
		altRequired:
			'Enter alternative text that says what the image shows, or tick that the image is decorative',
		tooLong: 'The text can be at most {max} characters',
		notFound: 'The image does not exist. It may have been deleted.',
		itemNotFound: 'The content the image belongs to was not found. It may have been deleted.',
		choose: 'Choose an image from the image library',
		focus: 'Enter a whole number from 0 to 100'
	},
	audit: {
		uploaded: 'Uploaded the image {name} ({width} × {height} pixels)',
		altChanged: 'Changed the alternative text of the image {name}',
		replaced: 'Replaced the image {name} (same address)',
		mainImageSet: 'Chose the main image of "{title}"',
		mainImageRemoved: 'Removed the main image from "{title}"'
	},
	usedEvent: 'Event',
	usedStory: 'Experience story',
	library: {
		title: 'Images',
		intro:
			'Images are uploaded here and chosen as the main image of news items, pages, resources, events and experience stories. Each image is stored in several sizes, and metadata such as GPS position is removed.',
		upload: 'Upload an image',
		file: 'Image file',
		fileHint: 'PNG, JPEG, GIF or WebP, at most 25 MB and 40 megapixels.',
		alt: 'Alternative text',
		altHint:
			'What the image shows, for those who cannot see it. Suggested when the image is used, and can be changed there.',
		uploadButton: 'Upload',
		uploaded: 'The image {name} has been uploaded.',
		filter: 'Find images',
		search: 'Search names and alternative text',
		caption: 'The images in the library',
		none: 'No images found.',
		unused: 'Not in use',
		usedOne: 'Used in 1 place',
		usedMany: 'Used in {count} places',
		noAlt: 'No alternative text',
		size: '{width} × {height} pixels',
		edit: 'Edit',
		editHidden: 'the image {name}',
		all: 'All images',
		detail: 'Image: {name}',
		saveAlt: 'Save the text',
		altSaved: 'The alternative text has been saved.',
		replace: 'Replace the file',
		replaceHint:
			'The new file keeps the same address, and every page that uses the image shows the new one straight away.',
		replaceButton: 'Replace',
		replaced: 'The file has been replaced. The address is the same.',
		uses: 'Where the image is used',
		original: 'Open the original',
		address: 'Address'
	},
	panel: {
		title: 'Main image',
		intro:
			'Shown at the top, in lists and when the content is shared on social media. Images come from the image library.',
		library: 'Go to the image library to upload',
		noImages: 'The image library has no images yet.',
		choose: 'Choose an image',
		search: 'Search the images',
		searchButton: 'Search',
		filterHint: 'Type to find an image by name or alternative text.',
		noMatch: 'No images match the search.',
		current: 'Chosen image',
		alt: 'Alternative text',
		altHint:
			'What the image shows here, for those who cannot see it. Left empty, the text from the image library is used.',
		decorative: 'The image is decorative and needs no alternative text',
		caption: 'Caption',
		credit: 'Photographer or source',
		creditHint: 'Shown as "Photo: …".',
		focus: 'Focal point',
		focusHint:
			'The point that always stays in view when the image is cropped in lists. Click in the image, or enter percentages.',
		focusX: 'From the left (per cent)',
		focusY: 'From the top (per cent)',
		focusPick: 'Click in the image to choose the focal point',
		save: 'Save the image',
		remove: 'Remove the image',
		saved: 'The image has been saved.',
		removed: 'The image has been removed.'
	},
	credit: 'Photo: {credit}'
};
