import { describe, expect, it } from 'vitest';
import { ancestry, buildTree, flatten, pathOf, wouldCycle } from './tree';

const rows = [
	{ id: 1, parentId: null, position: 2, slug: 'kulturskole-3-0', title: 'Kulturskole 3.0' },
	{ id: 2, parentId: null, position: 1, slug: 'prosjektet', title: 'Prosjektet' },
	{ id: 3, parentId: 1, position: 2, slug: 'livslopsperspektivet', title: 'Livsløpsperspektivet' },
	{ id: 4, parentId: 1, position: 1, slug: 'helhetlig-oppvekst', title: 'Helhetlig oppvekst' },
	{ id: 5, parentId: 2, position: 0, slug: 'bakgrunn', title: 'Bakgrunn' },
	{ id: 6, parentId: 2, position: 0, slug: 'aktivitet', title: 'Aktivitet' },
	{ id: 7, parentId: 99, position: 0, slug: 'foreldrelos', title: 'Foreldreløs' }
];

describe('page tree', () => {
	it('orders siblings by position, then title', () => {
		const tree = buildTree(rows);
		expect(tree.map((n) => n.slug)).toEqual(['prosjektet', 'kulturskole-3-0']);
		expect(tree[0].children.map((n) => n.slug)).toEqual(['aktivitet', 'bakgrunn']);
		expect(tree[1].children.map((n) => n.slug)).toEqual([
			'helhetlig-oppvekst',
			'livslopsperspektivet'
		]);
	});

	it('leaves out pages whose parent is missing (e.g. unpublished)', () => {
		const all = flatten(buildTree(rows)).map((n) => n.slug);
		expect(all).not.toContain('foreldrelos');
		expect(all).toEqual([
			'prosjektet',
			'aktivitet',
			'bakgrunn',
			'kulturskole-3-0',
			'helhetlig-oppvekst',
			'livslopsperspektivet'
		]);
	});

	it('builds readable paths and ancestry', () => {
		expect(pathOf(['kulturskole-3-0', 'helhetlig-oppvekst'])).toBe(
			'/kulturskole-3-0/helhetlig-oppvekst'
		);
		expect(pathOf([''])).toBe('/');
		expect(ancestry(rows, 3).map((r) => r.slug)).toEqual([
			'kulturskole-3-0',
			'livslopsperspektivet'
		]);
		expect(ancestry(rows, 42)).toEqual([]);
	});

	it('refuses moves that would put a page inside itself', () => {
		expect(wouldCycle(rows, 1, 3)).toBe(true);
		expect(wouldCycle(rows, 1, 1)).toBe(true);
		expect(wouldCycle(rows, 3, 2)).toBe(false);
		expect(wouldCycle(rows, 3, null)).toBe(false);
	});
});
