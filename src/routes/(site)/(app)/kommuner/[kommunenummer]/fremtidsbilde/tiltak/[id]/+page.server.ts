import { redirect } from '@sveltejs/kit';
import { zod4 } from 'sveltekit-superforms/adapters';
import { actionSchema, type PartnerSector } from '$lib/forms/fremtidsbilde';
import {
	actionRows,
	deleteAction,
	getAction,
	saveAction
} from '$lib/server/fremtidsbilde/actions.service';
import { chosenGoals } from '$lib/server/fremtidsbilde/workspace.service';
import { groupMembers } from '$lib/server/fremtidsbilde/group.service';
import { indicatorIdsOf, indicatorOptions } from '$lib/server/fremtidsbilde/indicators.service';
import { assertTakePart } from '$lib/server/fremtidsbilde/guards';
import {
	actorOf,
	idOf,
	nrOf,
	offerForm,
	saveForm,
	guardedActions
} from '$lib/server/fremtidsbilde/route-kit';
import { l, m, t } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';
import { orRefused } from '$lib/server/http';

const draftKey = (id: number | null) => `tiltak:${id ?? 'ny'}`;

export const load: PageServerLoad = (event) =>
	orRefused(async () => {
		const nr = nrOf(event.params);
		const id = idOf(event.params.id, true);
		assertTakePart(event.locals.user, nr);
		const row = id === null ? null : await getAction(event.locals.user, nr, id);
		const [goals, members, rows, indicators, linked] = await Promise.all([
			chosenGoals(event.locals.user, nr),
			groupMembers(event.locals.user, nr),
			actionRows(event.locals.user, nr),
			indicatorOptions(event.locals.user, nr),
			id === null ? [] : indicatorIdsOf(event.locals.user, nr, id)
		]);
		const goalOptions = goals.map((g) => ({ value: String(g.id), label: g.title }));
		if (row && !goals.some((g) => g.id === row.workspaceGoalId)) {
			const title = rows.find((r) => r.id === row.id)?.goalTitle ?? m.app.actions.goal;
			goalOptions.push({
				value: String(row.workspaceGoalId),
				label: t(m.app.actions.goalDeselected, { title })
			});
		}
		const initial = row
			? {
					title: row.title,
					workspaceGoalId: String(row.workspaceGoalId),
					description: row.description,
					responsibleId: row.responsibleId ? String(row.responsibleId) : '',
					partners: row.partners,
					partnerSectors: row.partnerSectors as PartnerSector[],
					startsOn: row.startsOn ?? '',
					endsOn: row.endsOn ?? '',
					status: row.status,
					gapAnswered: row.gapAnswered,
					indicatorIds: linked.map(String),
					version: row.version
				}
			: {
					workspaceGoalId: goals.length === 1 ? String(goals[0].id) : '',
					status: 'planlagt' as const,
					version: 0
				};
		const { form, restored, draftAt } = await offerForm(event, zod4(actionSchema), initial, {
			action: 'lagre',
			draft: { field: 'description', key: draftKey(id), savedAt: row?.updatedAt ?? null }
		});
		return {
			item: row && { id: row.id, title: row.title, savedText: row.description },
			goalOptions,
			memberOptions: members.map((mb) => ({ value: String(mb.userId), label: mb.name })),
			indicatorOptions: indicators.map((i) => ({
				value: String(i.id),
				label: i.name,
				description: i.goalTitle
			})),
			form,
			restored,
			draftAt
		};
	});

export const actions: Actions = guardedActions('medlem', {
	lagre: async (event) => {
		const id = idOf(event.params.id, true);
		const { failure } = await saveForm(event, zod4(actionSchema), {
			draftKey: draftKey(id),
			save: (actor, nr, data) => saveAction(actor, nr, id, data)
		});
		if (failure) return failure;
		redirect(303, l(`/kommuner/${nrOf(event.params)}/fremtidsbilde/tiltak`));
	},
	slett: async (event) => {
		const nr = nrOf(event.params);
		const id = idOf(event.params.id);
		await deleteAction(actorOf(event), nr, id!);
		redirect(303, l(`/kommuner/${nr}/fremtidsbilde/tiltak?slettet=1`));
	}
});
