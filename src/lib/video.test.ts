import { describe, expect, it } from 'vitest';
import { embedUrl, formatDuration } from './video';

describe('video embeds', () => {
	it('turns Vimeo and YouTube page addresses into privacy-friendly embeds', () => {
		expect(embedUrl('https://vimeo.com/468000001')).toBe(
			'https://player.vimeo.com/video/468000001?dnt=1&autoplay=1'
		);
		expect(embedUrl('https://www.youtube.com/watch?v=abcDEF123')).toBe(
			'https://www.youtube-nocookie.com/embed/abcDEF123?autoplay=1'
		);
		expect(embedUrl('https://youtu.be/abcDEF123')).toContain(
			'youtube-nocookie.com/embed/abcDEF123'
		);
	});
	it('refuses other hosts and junk', () => {
		expect(embedUrl('https://evil.example/video/123456')).toBeNull();
		expect(embedUrl('javascript:alert(1)')).toBeNull();
		expect(embedUrl('')).toBeNull();
	});
	it('formats durations as mm:ss', () => {
		expect(formatDuration(170)).toBe('02:50');
		expect(formatDuration(null)).toBe('');
	});
});
