/** Pure functions for the page tree: ordering, paths, ancestors. */

export interface TreeRow {
	id: number;
	parentId: number | null;
	position: number;
	slug: string;
	title: string;
}

export type TreeNode<T extends TreeRow> = T & { children: TreeNode<T>[] };

/** Builds the tree; siblings ordered by position, then title (Norwegian collation). */
export function buildTree<T extends TreeRow>(rows: T[]): TreeNode<T>[] {
	const nodes = new Map<number, TreeNode<T>>();
	for (const r of rows) nodes.set(r.id, { ...r, children: [] });
	const roots: TreeNode<T>[] = [];
	for (const n of nodes.values()) {
		const parent = n.parentId === null ? undefined : nodes.get(n.parentId);
		if (parent) parent.children.push(n);
		else if (n.parentId === null) roots.push(n);
		// a node whose parent is not in `rows` (e.g. an unpublished parent) is left out
	}
	const sort = (list: TreeNode<T>[]) => {
		list.sort((a, b) => a.position - b.position || a.title.localeCompare(b.title, 'nb'));
		for (const n of list) sort(n.children);
	};
	sort(roots);
	return roots;
}

/** Path of a page from its ancestors' slugs: ['kulturskole-3-0', 'helhetlig-oppvekst'] → '/kulturskole-3-0/helhetlig-oppvekst'. */
export function pathOf(slugs: string[]): string {
	const parts = slugs.filter((s) => s !== '');
	return '/' + parts.join('/');
}

/** The chain root → … → node with the given id, or [] when absent. */
export function ancestry<T extends TreeRow>(rows: T[], id: number): T[] {
	const byId = new Map(rows.map((r) => [r.id, r]));
	const chain: T[] = [];
	let cur = byId.get(id);
	const seen = new Set<number>();
	while (cur && !seen.has(cur.id)) {
		seen.add(cur.id);
		chain.unshift(cur);
		cur = cur.parentId === null ? undefined : byId.get(cur.parentId);
	}
	return chain;
}

/** True when making `parentId` the parent of `id` would put a page inside itself. */
export function wouldCycle<T extends TreeRow>(
	rows: T[],
	id: number,
	parentId: number | null
): boolean {
	if (parentId === null) return false;
	if (parentId === id) return true;
	return ancestry(rows, parentId).some((r) => r.id === id);
}

/** Depth-first list in tree order, with depth, for selects and admin lists. */
export function flatten<T extends TreeRow>(
	tree: TreeNode<T>[],
	depth = 0
): (TreeNode<T> & { depth: number })[] {
	return tree.flatMap((n) => [{ ...n, depth }, ...flatten(n.children, depth + 1)]);
}
