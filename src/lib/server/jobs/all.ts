/** Imports every job declaration so the runner knows them. Add new job modules here. */
import '../content/jobs';
import '../mail/jobs';
import '../accounts/jobs';
import '../accounts/auth.service';
import '../fremtidsbilde/jobs';
import '../form-stash';
import '../events/jobs';
import '../programmes/jobs';
import '../programmes/cohort-jobs';
import '../search/jobs';
