import type { Shape } from '../../define';
import type { problems as problemsNb } from './nb';

export const problems: Shape<typeof problemsNb> = {
	notFound: 'We could not find what you asked for. It may have been deleted.',
	notFoundPage: 'Page not found',
	versionMissing: 'Invalid version. Reload the page.',
	moveInvalid: 'Invalid move. Reload the page.',
	unknownField: 'Unknown field',
	draftTooLong: 'The text can be at most {max} characters',
	draftFieldOrText: 'The draft is missing its field or text',
	draftField: 'The draft is missing its field',
	altMissing: 'Every image needs alternative text. Missing for: {images}',
	pages: {
		page: 'This page does not exist',
		something: 'We could not find what you asked for',
		municipality: 'This municipality does not exist',
		programme: 'Programme not found.',
		programmePublic: 'This programme does not exist',
		noCall: 'The programme has no call for applications.',
		task: 'Assignment not found.',
		application: 'Application not found.',
		question: 'Question not found',
		registration: 'Registration not found',
		email: 'E-mail not found',
		person: 'Person not found',
		resource: 'Resource not found',
		resourcePublic: 'This resource does not exist',
		user: 'User not found',
		goal: 'Societal goal not found',
		news: 'News item not found',
		newsPublic: 'This news item does not exist',
		noNewsYear: 'No news from this year',
		story: 'Story not found',
		experience: 'Experience story not found',
		member: 'This person is not in the group',
		photo: 'Image not found',
		file: 'File not found',
		event: 'This event does not exist',
		eventAdmin: 'Event not found',
		link: 'This link does not work'
	},
	fremtidsbilde: {
		notFound: 'We could not find what you asked for in this municipality’s picture of the future.',
		municipalityUnknown: 'This municipality does not exist.',
		goalNotFound: 'Goal not found. Perhaps the group has removed it?',
		planNotFound: 'Plan not found.',
		actionNotFound: 'Action not found.',
		logNotFound: 'Log entry not found.',
		memberNotFound: 'This person is not in the group.',
		stakeholderNotFound: 'Stakeholder not found.',
		roundNotFound: 'Round not found.',
		storyNotFound: 'Story not found.',
		statementNotFound: 'Statement not found.',
		goalNotInRound: 'The goal was not part of this round.',
		editConflict:
			'Someone else in the group saved this after you opened the page. Your text has not been saved yet: see what was saved below, keep what you want, and save again.',
		goalsMin: 'Choose at least one societal goal',
		goalsMax: 'Choose at most {max} societal goals',
		goalGone: 'One of the goals is no longer in the catalogue. Reload the page and choose again.',
		themePage: 'Choose a theme page from the list',
		goalInUseOne:
			'The goal cannot be deleted because {count} municipality has chosen or rated it. Change the text instead.',
		goalInUseMany:
			'The goal cannot be deleted because {count} municipalities have chosen or rated it. Change the text instead.',
		alreadyMember: 'This person is already in the group. Change their role in the list of members.',
		lastCoordinator:
			'The group must have at least one coordinator. Make someone else coordinator first.',
		removeLastCoordinator:
			'You cannot remove the last coordinator. Make someone else coordinator first.',
		chooseGoal: 'Choose one of the group’s goals from the list',
		responsibleMember: 'The person responsible must be in the municipal group',
		chooseActions: 'Choose actions from the list',
		logEditAuthor: 'Only the person who wrote the log entry, or a coordinator, can change it.',
		logDeleteAuthor: 'Only the person who wrote the log entry, or a coordinator, can delete it.',
		signTooLong: 'Each sign can be at most 300 characters long',
		storyPublished:
			'The story is published and cannot be changed here. Contact the editors if something needs correcting.',
		storyProposed:
			'The story is with the editors. Withdraw the proposal first if you want to change it.',
		storyAlt: 'Every image in the text needs alternative text',
		photoMissing: 'Choose an image',
		photoTooLarge: 'The image is too large. It can be at most {max} MB.',
		photoType: 'The image must be JPEG, PNG or WebP',
		storyBody: 'Write the story before you send it',
		storyPhotoAlt: 'Describe the image with alternative text before you send the story',
		storyNotProposed: 'The story is not with the editors.',
		storyDeletePublished:
			'A published story cannot be deleted here. Ask the editors to unpublish it first.',
		storyPublishAlt: 'The image needs alternative text before the story is published',
		storyReviewNote:
			'Write what the group should change, so they know why the story is coming back',
		deadlineFormat: 'Write the deadline as a date and time',
		deadlineSoon: 'The deadline must be at least one hour from now',
		deadlineFar: 'The deadline can be at most {max} days from now',
		roundOpen: 'A round is already open. Close it before you open a new one.',
		roundGoals: 'Choose societal goals before you open a round.',
		roundStatements:
			'The goals you have chosen have no statements to rate yet. Contact the programme staff.',
		remindedToday: 'A reminder was sent in the last 24 hours. You can send another from {at}.',
		roundClosed: 'The round is already closed.',
		roundClosedAt:
			'The round closed {at}, so your answer cannot be accepted. What you wrote is still in the form.',
		answerMissing: 'Choose an answer for “{statement}”',
		answerScale: 'The answer for “{statement}” must be a number from 1 to 5 or “don’t know”'
	},
	content: {
		fileUploadChoose: 'Choose a file to upload.',
		fileInvalid: 'Invalid file.',
		nothingSaved: 'Nothing was saved. The form below shows what was saved before.',
		editConflict:
			'Someone else saved this after you opened it (version {version}, {at}). What you wrote has not been saved yet. Compare it with the saved version below, and save again to replace it.',
		actionConflict:
			'Someone else has saved changes since you opened the page. Reload the page and look over the changes before you try again.',
		versionNotFound: 'Version not found.',
		scheduleMissing: 'Choose when it should be published',
		schedulePast: 'The publishing time must be in the future',
		schedulePublished:
			'This is already published. Unpublish it first if it is to be published again later.',
		dateFormat: 'Write the date and time as 24.12.2026 09:00',
		fileTooLarge: 'The file is too large ({size}). The largest size allowed is 25 MB.',
		fileTooLargePick:
			'The file is too large. The largest size allowed is 25 MB. Choose a smaller file.',
		fileNotFound: 'File not found. It may already have been deleted.',
		fileInUse:
			'“{name}” is used by {users}. Choose another file there, or remove the link, before you delete the file.',
		fileChoose: 'File not found. Choose another file from the list.',
		parentChoose: 'Choose a parent page from the list',
		parentCycle: 'A page cannot be moved under itself or one of its own subpages',
		slugReserved: 'The address /{slug} is used by another part of the site. Write another address.',
		frontMove: 'The front page always comes first and cannot be moved.',
		frontDelete: 'The front page cannot be deleted. You can change its text.',
		childrenOne: 'The page has one subpage. Move or delete the subpage first.',
		childrenMany: 'The page has {count} subpages. Move or delete the subpages first.'
	},
	events: {
		contactEmailMissing: 'Enter the contact person’s e-mail address, or remove the name',
		moveChoose: 'Choose where the registration should go.',
		notFound: 'Event not found.',
		notFoundPage: 'Event not found',
		registrationNotFound: 'Registration not found. It may have been deleted.',
		anonymised: 'The registration has been anonymised.',
		endedMove: 'The event is over. Registrations cannot be moved now.',
		full: 'The event is full ({confirmed} of {capacity} places). Increase the number of places, or move someone to the waiting list first.',
		duplicateEmail:
			'The same e-mail address already has another active registration for the event.',
		notConfirmed: 'Registration not found among those with a place. It may have changed.',
		dateFormat: '{label}: write the date and time as 2026-12-24 09:00',
		labels: {
			startsAt: 'Start',
			endsAt: 'End',
			opensAt: 'Registration opens',
			closesAt: 'Registration deadline'
		},
		endBeforeStart: 'The end must be after the start',
		closesAfterStart: 'The registration deadline cannot be after the event starts',
		opensAfterClose: 'Registration must open before the deadline (and before the event starts)',
		attendanceNotHybrid: 'Only a hybrid event has two ways of attending.',
		attendanceCancelled: 'The registration is cancelled. Give the person a place first.',
		attendanceMissing: 'Choose whether you attend in person or online',
		capacityMin: 'The number of places must be at least 1, or empty for no limit',
		chapterChoose: 'Choose a county branch from the list',
		chapterOwn: 'Choose your county branch. You can only create events for your own county branch.',
		programmeChoose: 'Choose a programme from the list',
		programmeOwn: 'You can only link events to programmes your county branch runs.',
		cohortProgramme:
			'Choose the programme first: only the participants in a programme can have their own registration.',
		venueMissing: 'Write where the event is before you publish it (venue or address)',
		cancelledPublish:
			'A cancelled event cannot be published or unpublished. Copy it and publish the copy.',
		unpublishRegistrations:
			'The event has registrations and cannot be unpublished. Cancel it instead, so that they are told.',
		capacityBelowConfirmed:
			'{confirmed} already have a place, so the number of places cannot be lower than that. Move someone to the waiting list first.',
		alreadyCancelled: 'The event is already cancelled.',
		cancelDraft: 'Only published events can be cancelled. A draft you can delete.',
		deleteRegistrations:
			'The event has registrations and cannot be deleted. Cancel it instead, so that those registered are told.',
		optionsMin: 'Write at least two options, one on each line',
		optionsMax: 'A question can have at most 30 options',
		optionTooLong: 'Each option can be at most 200 characters (“{start}…” is too long)',
		questionsMax: 'An event can have at most {max} questions.',
		questionNotFound: 'Question not found. It may have been deleted.',
		nameMissing: 'Enter your name',
		roleMissing: 'Choose your role',
		municipalityUnknown:
			'We found no municipality called “{name}”. Choose a municipality from the list, or leave the field empty and write your organisation instead.',
		placeMissing:
			'Enter your municipality, or your organisation if you are not from a municipality',
		dietaryConsent:
			'Tick the consent box if we are to keep the information about diet and allergies, or leave the field empty',
		retry: 'Something got in the way. Try sending the form again.',
		badLink:
			'This link does not work. It may be mistyped, or the registration may have been deleted.',
		cancelledByYou:
			'You have cancelled your registration for this event. Register again if you want to take part.',
		started: 'The event has started, so the registration can no longer be changed.',
		endedCancel: 'The event is over, so you cannot cancel now.'
	},
	programmes: {
		taskAnswerConflict:
			'Someone else in the group saved the answer after you opened it. What you wrote has not been saved yet: copy the text, reload the page and save again.',
		applicationSavedMeanwhile:
			'{name} saved the application at {time} while you were writing{changed}. Your text is still in the form, but it has not been saved. Save again to replace what was saved, or open the application in a new tab to see the changes first.',
		applicationSavedMeanwhileFields: ' and changed {fields}',
		participantChoose: 'Choose a municipality and a status.',
		removeChoose: 'Choose the municipality to remove.',
		noCall: 'The programme has no call for applications yet.',
		applicationNotFound: 'Application not found.',
		applicationHidden: 'Application not found. It does not exist, or you are not listed in it.',
		decisionConflict:
			'The application has changed since you opened it. Reload the page and check that the decision still fits.',
		decisionStatus: 'Only submitted applications can get a decision.',
		chapterRegional: 'Choose the county branch that runs the regional programme',
		chapterOwn:
			'Choose your county branch. You can only create and change programmes your county branch runs.',
		periodOrder: 'The end date must be after the start date',
		chaptersChoose: 'Choose county branches from the list',
		resourcesChoose: 'Choose resources from the list',
		notFound: 'Programme not found.',
		municipalityUnknown:
			'We found no municipality called “{name}”. Write the municipality’s name or number.',
		alreadyParticipant: '{municipality} already takes part in the programme.',
		notParticipant: 'The municipality does not take part in the programme.',
		callConflict:
			'Someone else changed the call while you were writing. Reload the page and make your changes again.',
		callGone: 'The call no longer exists. Reload the page.',
		municipalitiesChoose: 'Choose municipalities from the list',
		alreadyApplied: 'The municipality already has an application.',
		withdrawn: 'The application has been withdrawn and cannot be changed.',
		notEditable: 'The application cannot be changed now.',
		incomplete: 'The application has not been sent. Correct what is shown below.',
		applicationConflict:
			'{by} saved the application while you were writing. Your text is still in the form, but it has not been saved.',
		interestChapter: 'You can only register interest for your own county branch',
		answerHandedIn:
			'The answer has been handed in and can no longer be changed. Contact the programme staff if something needs correcting.',
		answerEmpty: 'Write the answer or attach a file before you hand it in.',
		taskNotFound: 'Assignment not found.',
		dueFormat: 'Write the deadline as a valid date, for example 2027-10-15',
		eventChoose: 'Choose one of the programme’s gatherings',
		filesMax: 'An answer can have at most {max} files. Remove a file before you add a new one.',
		fileNotFound: 'File not found.'
	},
	uploads: {
		photoTooLarge: 'The image is too large. It can be at most {max} MB.',
		photoChoose: 'Choose an image',
		tooLarge: 'The file is too large. The largest size allowed is 25 MB.',
		fileChoose: 'Choose a file',
		empty: 'The file is empty.',
		notAllowed:
			'This file type is not allowed. You can upload PDF, images (PNG, JPEG, GIF, WebP), Word, Excel, PowerPoint, plain text and CSV.',
		notUtf8:
			'This file type is not allowed. Text files must be saved as UTF-8. You can upload PDF, images (PNG, JPEG, GIF, WebP), Word, Excel, PowerPoint, plain text and CSV.',
		zip: 'The file is a compressed archive (zip), which cannot be uploaded. Allowed are PDF, images (PNG, JPEG, GIF, WebP), Word, Excel, PowerPoint, plain text and CSV.',
		office:
			'The file is an Office document of a type that is not allowed. Allowed are PDF, images (PNG, JPEG, GIF, WebP), Word, Excel, PowerPoint, plain text and CSV.',
		svg: 'SVG images cannot be uploaded, because they can contain code that runs in the browser. Save the image as PNG or JPEG.',
		html: 'The file contains HTML (code for web pages). Such files cannot be uploaded, because they can run code in the browser.',
		mismatch:
			'The file is called “{name}”, but its content is not {claimed}. It appears to be {sniffed}. Check that you chose the right file, or give it the right file extension.'
	},
	calls: {
		notOpen: 'The call opens {at}. You can apply from then.',
		closed:
			'The application deadline passed {at}. Applications can no longer be submitted, changed or withdrawn.',
		notMember:
			'{name} is not a member of Norsk kulturskoleråd. Only member municipalities can apply.',
		outsideChapters:
			'{name} does not belong to {chapters}. The call is only for municipalities there.',
		outsideChapter:
			'{name} does not belong to the county branch running the programme. The call is only for municipalities there.',
		placesFull:
			'All {places} places are filled. Put the application on the waiting list, or change another decision first.',
		placesLeftOne:
			'There is only 1 place left, and the application covers {needed} municipalities.',
		placesLeft:
			'There are only {left} places left, and the application covers {needed} municipalities.',
		duplicate:
			'{name} already has an application to this call. A municipality can have one application per call. To take part in it, ask the head of the culture school or the municipality’s Fremtidens kulturskole coordinator to add you to the group, or write to the programme staff at {email}.',
		decisionsBeforeDeadline:
			'Decisions cannot be sent before the deadline of {at}. Close the call first if you want to send them now.',
		closeConfirm: 'Tick the box to confirm that you want to close the call now.',
		closeNotOpen: 'The call is not open, so it cannot be closed.',
		motivation: 'Write why you want to take part (motivation)',
		focusArea: 'Write which focus area you want to work on',
		goals: 'Choose at least one societal goal you want to work towards',
		anchoringPlans: 'Write how the work is grounded in the municipality’s plans',
		anchoringPolitical:
			'Write how the work is supported by politicians and the municipal leadership',
		contactName: 'Enter the name of the contact person',
		contactEmail: 'Enter the e-mail address of the contact person',
		rolesMissing:
			'The group for {municipality} is missing {roles}. List at least one person in each of these roles.'
	},
	cohort: {
		login:
			'Registration is only for the municipal groups in the programme “{programme}”. Sign in with your municipal group account to register.',
		outsider:
			'Registration is only for the municipal groups of the municipalities taking part in the programme “{programme}”. You are not in such a group, so you cannot register here. If you are part of the work in one of the municipalities, the coordinator can add you to the group.'
	},
	registration: {
		deadlinePassed: 'The registration deadline has passed. It was {at}.',
		closed: 'Registration is closed.',
		ambiguousMunicipality:
			'There are several municipalities called {name}. Write which one you mean: {choices}.'
	},
	forms: {
		tooLong: 'The text can be at most {max} characters',
		emailMissing: 'Enter your e-mail address',
		emailTooLong: 'The e-mail address is too long',
		emailInvalid: 'Enter a valid e-mail address, for example name@kommune.no',
		passwordChoose: 'Choose a password',
		passwordShort: 'The password must have at least 10 characters',
		passwordLong: 'The password can be at most 200 characters',
		passwordMissing: 'Enter your password',
		passwordsDiffer: 'The passwords do not match',
		passwordCurrent: 'Enter your current password',
		passwordNew: 'Choose a new password',
		urlInvalid: 'Enter a valid address starting with https://',
		nameMissing: 'Enter your name',
		deleteConfirmWord: 'Type {word} in capital letters to confirm',
		inviteEmail: 'Enter the e-mail address of the person you are inviting',
		roleChoose: 'Choose a role',
		chapterChoose: 'Choose a county branch',
		municipalityChoose: 'Choose a municipality'
	},
	accounts: {
		roleUnknown: 'Unknown role',
		chapterUnknown: 'Unknown county branch',
		municipalityUnknown: 'Unknown municipality',
		emailTaken: 'The e-mail address is used by another account',
		currentPasswordWrong: 'Your current password is wrong',
		passwordWrong: 'The password is wrong',
		onlyAdmin:
			'You are the only administrator. Give someone else the administrator role before you delete your account.',
		chapterChoose: 'Choose a county branch from the list',
		municipalityChoose: 'Choose a municipality from the list',
		passwordChoose: 'Choose a password',
		lastAdmin: 'There must be at least one active administrator.',
		userNotFound: 'The user does not exist',
		deactivateSelf: 'You cannot deactivate yourself.'
	}
};
