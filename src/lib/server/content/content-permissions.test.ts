/**
 * Defence in depth (issue 9): every admin service of the content desk (pages, news, resources,
 * people, FAQ, files, versions) and the draft previews refuse, in the service itself, anyone
 * who is not an editor — an anonymous caller (the route guard walked around, as with
 * `/%61dmin/nyheter/ny?/lagre`) and a signed-in member alike — and nothing changes.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { asc, count } from 'drizzle-orm';
import { db } from '../db/client';
import { auditLog } from '../accounts/schema';
import type { Actor } from '../accounts/actor';
import { ForbiddenError } from '../errors';
import {
	contentVersions,
	faqEntries,
	mediaFiles,
	newsArticles,
	pages,
	people,
	resources
} from './schema';
import { deleteNews, getNews, listNewsAdmin, restoreNews, saveNews } from './news.admin';
import {
	deletePage,
	getPage,
	listPagesAdmin,
	movePage,
	parentOptions,
	restorePage,
	savePage
} from './pages.admin';
import { pagePreview } from './pages.service';
import {
	deleteResource,
	getResource,
	listResourcesAdmin,
	restoreResource,
	saveResource
} from './resources.admin';
import {
	deletePerson,
	getPerson,
	listPeopleAdmin,
	movePerson,
	restorePerson,
	savePerson
} from './people.admin';
import { deleteFaq, getFaq, listFaqAdmin, moveFaq, restoreFaq, saveFaq } from './faq.admin';
import {
	deleteFile,
	fileChoices,
	insertFile,
	listFiles,
	prepareUpload,
	uploadFile
} from './media.admin';
import { getVersion, listVersions } from './editing';
import { createEditor, newsInput, pageInput, resourceInput } from './test-editor';
import { member } from '../fremtidsbilde/testing';
import type {
	FaqInput,
	NewsInput,
	PageInput,
	PersonInput,
	ResourceInput
} from '$lib/forms/content';

const anonymous = null as unknown as Actor;
let editor: Actor;
let plain: Actor;
const ids = { news: 0, page: 0, resource: 0, person: 0, faq: 0, file: 0 };

const news = (over: Partial<NewsInput> = {}) =>
	newsInput({
		title: 'Utkast til nyhet',
		lead: 'Ingress.',
		body: 'Tekst.',
		...over
	});
const page = (over: Partial<PageInput> = {}) =>
	pageInput({
		title: 'Hemmelig side',
		showInMenu: true,
		...over
	});
const resource = (over: Partial<ResourceInput> = {}) =>
	resourceInput({
		description: 'Om rapporten.',
		year: '2024',
		url: 'https://example.org/rapport',
		...over
	});
const person = (over: Partial<PersonInput> = {}): PersonInput => ({
	name: 'Kari',
	role: '',
	organisation: '',
	email: '',
	grouping: 'Prosjektledelse',
	version: 0,
	...over
});
const faq = (over: Partial<FaqInput> = {}): FaqInput => ({
	question: 'Hva?',
	answer: 'Svar.',
	topic: 'Generelt',
	version: 0,
	...over
});
const pdf = () =>
	new File([new Uint8Array(Buffer.from('%PDF-1.4\n% test\n%%EOF\n'))], 'rapport.pdf', {
		type: 'application/pdf'
	});

/** Every row of the desk's tables (id, version or name) and the counts of logs and versions. */
async function snapshot() {
	const [news, pageRows, res, ppl, faqs, files, [versions], [audit]] = await Promise.all([
		db.select().from(newsArticles).orderBy(asc(newsArticles.id)),
		db.select().from(pages).orderBy(asc(pages.id)),
		db.select().from(resources).orderBy(asc(resources.id)),
		db.select().from(people).orderBy(asc(people.id)),
		db.select().from(faqEntries).orderBy(asc(faqEntries.id)),
		db.select({ id: mediaFiles.id, name: mediaFiles.name }).from(mediaFiles),
		db.select({ n: count() }).from(contentVersions),
		db.select({ n: count() }).from(auditLog)
	]);
	return {
		news: news.map((r) => [r.id, r.version, r.status, r.title]),
		pages: pageRows.map((r) => [r.id, r.version, r.status, r.position]),
		resources: res.map((r) => [r.id, r.version, r.status]),
		people: ppl.map((r) => [r.id, r.version, r.position]),
		faq: faqs.map((r) => [r.id, r.version, r.position]),
		files,
		versions: versions.n,
		audit: audit.n
	};
}

beforeEach(() => {
	vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
	vi.restoreAllMocks();
});

beforeAll(async () => {
	editor = await createEditor();
	plain = await member('5053', 'koordinator');
	ids.news = await saveNews(editor, null, news());
	await saveNews(editor, ids.news, news({ title: 'Andre utkast', version: 1 }));
	ids.page = await savePage(editor, null, page());
	await savePage(editor, null, page({ title: 'Nabo' }));
	ids.resource = await saveResource(editor, null, resource());
	await saveResource(editor, ids.resource, resource({ title: 'Rapport 2', version: 1 }));
	ids.person = await savePerson(editor, null, person());
	await savePerson(editor, null, person({ name: 'Ola' }));
	ids.faq = await saveFaq(editor, null, faq());
	await saveFaq(editor, null, faq({ question: 'Hvorfor?' }));
	ids.file = await uploadFile(editor, pdf());
});

const calls: [string, (a: Actor) => Promise<unknown>][] = [
	['listNewsAdmin', (a) => listNewsAdmin(a)],
	['getNews', (a) => getNews(a, ids.news)],
	['saveNews (new)', (a) => saveNews(a, null, news({ intent: 'publiser' }))],
	['saveNews (edit)', (a) => saveNews(a, ids.news, news({ version: 2, intent: 'publiser' }))],
	['deleteNews', (a) => deleteNews(a, ids.news, 2)],
	['restoreNews', (a) => restoreNews(a, ids.news, 1)],
	['listPagesAdmin', (a) => listPagesAdmin(a)],
	['getPage', (a) => getPage(a, ids.page)],
	['parentOptions', (a) => parentOptions(a, ids.page)],
	['pagePreview', (a) => pagePreview(a, ids.page)],
	['savePage', (a) => savePage(a, ids.page, page({ version: 1, intent: 'publiser' }))],
	['movePage', (a) => movePage(a, ids.page, 'ned')],
	['deletePage', (a) => deletePage(a, ids.page, 1)],
	['restorePage', (a) => restorePage(a, ids.page, 1)],
	['listResourcesAdmin', (a) => listResourcesAdmin(a, {})],
	['getResource', (a) => getResource(a, ids.resource)],
	['saveResource', (a) => saveResource(a, null, resource({ intent: 'publiser' }))],
	['deleteResource', (a) => deleteResource(a, ids.resource, 2)],
	['restoreResource', (a) => restoreResource(a, ids.resource, 1)],
	['listPeopleAdmin', (a) => listPeopleAdmin(a)],
	['getPerson', (a) => getPerson(a, ids.person)],
	['savePerson', (a) => savePerson(a, ids.person, person({ name: 'Endret', version: 1 }))],
	['movePerson', (a) => movePerson(a, ids.person, 'ned')],
	['deletePerson', (a) => deletePerson(a, ids.person, 1)],
	['restorePerson', (a) => restorePerson(a, ids.person, 1)],
	['listFaqAdmin', (a) => listFaqAdmin(a)],
	['getFaq', (a) => getFaq(a, ids.faq)],
	['saveFaq', (a) => saveFaq(a, ids.faq, faq({ question: 'Endret?', version: 1 }))],
	['moveFaq', (a) => moveFaq(a, ids.faq, 'ned')],
	['deleteFaq', (a) => deleteFaq(a, ids.faq, 1)],
	['restoreFaq', (a) => restoreFaq(a, ids.faq, 1)],
	['listFiles', (a) => listFiles(a)],
	['fileChoices', (a) => fileChoices(a)],
	['uploadFile', (a) => uploadFile(a, pdf())],
	[
		'insertFile',
		async (a) => {
			const upload = await prepareUpload(pdf());
			return db.transaction((tx) => insertFile(tx, a, upload));
		}
	],
	['deleteFile', (a) => deleteFile(a, ids.file)],
	['listVersions', (a) => listVersions(a, 'nyhet', ids.news)],
	['getVersion', (a) => getVersion(a, 'nyhet', ids.news, 1)]
];

describe('the content desk refuses anyone but an editor', () => {
	for (const [name, call] of calls) {
		it(`${name}: anonymous and a member are refused and nothing changes`, async () => {
			const before = await snapshot();
			for (const who of [anonymous, plain])
				await expect(call(who)).rejects.toBeInstanceOf(ForbiddenError);
			expect(await snapshot()).toEqual(before);
		});
	}

	it('an editor still reads drafts and changes them', async () => {
		expect((await getNews(editor, ids.news))?.title).toBe('Andre utkast');
		expect((await pagePreview(editor, ids.page))?.page.id).toBe(ids.page);
		expect((await listVersions(editor, 'nyhet', ids.news)).length).toBe(2);
		await saveNews(editor, ids.news, news({ title: 'Publisert', version: 2, intent: 'publiser' }));
		expect((await getNews(editor, ids.news))?.status).toBe('published');
		await deleteFile(editor, ids.file);
		expect((await listFiles(editor)).files.some((f) => f.id === ids.file)).toBe(false);
	});
});
