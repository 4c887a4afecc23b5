import { redirect } from '@sveltejs/kit';
import { zod4 } from 'sveltekit-superforms/adapters';
import { indicatorSchema, indicatorValueSchema } from '$lib/forms/indicators';
import {
	deleteIndicator,
	deleteIndicatorValue,
	getIndicator,
	saveIndicator,
	saveIndicatorValue
} from '$lib/server/fremtidsbilde/indicators.service';
import { chosenGoals } from '$lib/server/fremtidsbilde/workspace.service';
import { assertRead, assertTakePart, notFound, viewerOf } from '$lib/server/fremtidsbilde/guards';
import {
	actorOf,
	idOf,
	idParam,
	nrOf,
	offerForm,
	saveForm,
	guardedActions
} from '$lib/server/fremtidsbilde/route-kit';
import { orRefused } from '$lib/server/http';
import { now } from '$lib/server/clock';
import { currentLang, l, osloDate } from '$lib/i18n';
import { ROW_ID } from '$lib/forms/fields';
import type { Actions, PageServerLoad } from './$types';

/** A stored number as a person would type it (decimal comma in Norwegian). */
const asTyped = (v: number) => (currentLang() === 'en' ? String(v) : String(v).replace('.', ','));

const notices = ['lagret', 'verdi', 'rettet', 'slettet'] as const;

export const load: PageServerLoad = (event) =>
	orRefused(async () => {
		const nr = nrOf(event.params);
		const id = idOf(event.params.id, true);
		const user = event.locals.user;
		if (id === null) assertTakePart(user, nr);
		else assertRead(user, nr);
		const goals = await chosenGoals(user, nr);
		const item = id === null ? null : await getIndicator(user, nr, id);
		let initial: Record<string, unknown>;
		if (item) {
			initial = {
				workspaceGoalId: String(item.workspaceGoalId),
				sign: item.sign,
				name: item.name,
				kind: item.kind,
				unit: item.unit,
				baselineValue: asTyped(item.baselineValue),
				baselineOn: item.baselineOn,
				targetValue: asTyped(item.targetValue),
				targetOn: item.targetOn ?? '',
				version: item.version
			};
		} else {
			// Made from a sign of the målbilde: ?mal=<chosen goal>&tegn=<its place in the list>
			const goal = goals.find((g) => String(g.id) === event.url.searchParams.get('mal'));
			const sign = goal?.signs[Number(event.url.searchParams.get('tegn'))] ?? '';
			initial = {
				workspaceGoalId: goal ? String(goal.id) : goals.length === 1 ? String(goals[0].id) : '',
				sign,
				kind: 'antall',
				baselineOn: osloDate(now()),
				version: 0
			};
		}
		const { form, restored } = await offerForm(event, zod4(indicatorSchema), initial, {
			action: 'lagre',
			id: 'indikator'
		});
		// Correcting a value: ?verdi=<id> fills the value form with it.
		const correcting = item?.values.find(
			(v) => String(v.id) === event.url.searchParams.get('verdi')
		);
		const valueInitial = correcting
			? {
					valueId: String(correcting.id),
					value: asTyped(correcting.value),
					measuredOn: correcting.measuredOn,
					note: correcting.note,
					version: correcting.version
				}
			: { valueId: '', measuredOn: osloDate(now()), version: 0 };
		const { form: valueForm } = await offerForm(event, zod4(indicatorValueSchema), valueInitial, {
			action: 'verdi',
			id: 'verdi'
		});
		const notice = event.url.searchParams.get('melding');
		const goalOptions = goals.map((g) => ({ value: String(g.id), label: g.title }));
		if (item && !goals.some((g) => g.id === item.workspaceGoalId))
			goalOptions.push({ value: String(item.workspaceGoalId), label: item.goalTitle });
		return {
			item,
			mayWrite: viewerOf(user, nr) !== 'leser',
			goalOptions,
			form,
			restored,
			valueForm,
			correcting: correcting ? { id: correcting.id, measuredOn: correcting.measuredOn } : null,
			notice: notices.find((n) => n === notice) ?? null
		};
	});

const page = (nr: string, id: number, notice: string) =>
	l(`/kommuner/${nr}/fremtidsbilde/indikatorer/${id}?melding=${notice}`);

export const actions: Actions = guardedActions('medlem', {
	lagre: async (event) => {
		const id = idOf(event.params.id, true);
		const { failure, result } = await saveForm(event, zod4(indicatorSchema), {
			id: 'indikator',
			save: (actor, nr, data) => saveIndicator(actor, nr, id, data)
		});
		if (failure) return failure;
		redirect(303, page(nrOf(event.params), result, 'lagret'));
	},
	verdi: async (event) => {
		const id = idParam(event.params.id);
		let corrected = false;
		const { failure } = await saveForm(event, zod4(indicatorValueSchema), {
			id: 'verdi',
			save: (actor, nr, data) => {
				corrected = data.valueId !== '';
				return saveIndicatorValue(actor, nr, id, data);
			}
		});
		if (failure) return failure;
		redirect(303, page(nrOf(event.params), id, corrected ? 'rettet' : 'verdi'));
	},
	slettVerdi: async (event) => {
		const nr = nrOf(event.params);
		const id = idParam(event.params.id);
		const valueId = String((await event.request.formData()).get('valueId') ?? '');
		if (!ROW_ID.test(valueId)) notFound('indicators.problems.valueNotFound');
		await deleteIndicatorValue(actorOf(event), nr, id, Number(valueId));
		redirect(303, page(nr, id, 'slettet'));
	},
	slett: async (event) => {
		const nr = nrOf(event.params);
		await deleteIndicator(actorOf(event), nr, idParam(event.params.id));
		redirect(303, l(`/kommuner/${nr}/fremtidsbilde/malbilde?indikator=slettet`));
	}
});
