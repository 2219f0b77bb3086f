import { connect, ensureTables, ping, type StorageTarget, type Tables } from './connection';
import { ApplicationStore } from './applicationStore';
import { ApplicationStatusStore, withdrawnApplications } from './applicationStatusStore';
import { ConversationStore } from './conversationStore';
import { FailedNoticeTelling } from './failedNoticeTelling';
import { NoticeOutbox } from './noticeOutbox';
import { OpportunityStore } from './opportunityStore';
import { PeopleStore } from './peopleStore';
import { QuestionStore } from './questionStore';
import { ReminderStore } from './reminderStore';
import { SupplierNoticeReader } from './supplierNoticeReader';
import { SubscriptionStore } from './subscriptionStore';
import { Announcements } from './announcements';
import { ListIndex, type RunLater } from './listIndex';
import { publicUrl } from '../domain/publicUrls';
import { defaultQuestionCutoffHours } from '../domain/limits';
import type { RegistrationPolicy } from '../domain/registration';

/** Everything the server keeps, behind one object. */
export interface Storage {
  tables: Tables;
  opportunities: OpportunityStore;
  people: PeopleStore;
  conversations: ConversationStore;
  applications: ApplicationStore;
  /** A supplier's view of their application (by number and e-mail) and its withdrawal. */
  applicationStatus: ApplicationStatusStore;
  /** Suppliers' questions before closing, kept apart from who asked. */
  questions: QuestionStore;
  /** Notices to suppliers, each written with the change that causes it, waiting to be sent. */
  notices: NoticeOutbox;
  /** Notices that failed for good, whose authors are to be told in Teams (once, by one server). */
  failedNotices: FailedNoticeTelling;
  /** The reminders sent for steps past their target, claimed before they are sent. */
  reminders: ReminderStore;
  /** Suppliers' e-mail subscriptions to new opportunities, in a table of their own. */
  subscriptions: SubscriptionStore;
  /** New postings waiting to be announced to subscribers, each written with its posting. */
  announcements: Announcements;
  /** The lists by person read index rows; `repair()` at start writes those a crash lost. */
  listIndex: ListIndex;
  /** Resolves when storage answers within `timeoutMs`; throws `StorageUnavailable` otherwise. */
  ping(timeoutMs?: number): Promise<void>;
}

export interface StorageOptions {
  tablePrefix?: string;
  clock?: () => Date;
  /** Who gets which role on first contact (SELF_SERVICE_ROLES, BOOTSTRAP_ADMINS). */
  registration?: RegistrationPolicy;
  /** Questions are taken until this many hours before closing (QUESTION_CUTOFF_HOURS). */
  questionCutoffHours?: number;
  /** The public site's address (PUBLIC_SITE_URL), for the links in notices to suppliers. */
  publicSiteUrl?: string;
  /** Business days from posting approval to closing, at least (MIN_POSTING_BUSINESS_DAYS). */
  minPostingBusinessDays?: number;
  /** Runs follow-up work after the answer (the server's `Background`): the list index's writes. */
  runLater?: RunLater;
}

export async function openStorage(
  target: StorageTarget,
  options: StorageOptions = {},
): Promise<Storage> {
  const tables = connect(target, options.tablePrefix ?? '');
  await ensureTables(tables);
  const people = new PeopleStore(tables.clients.people, options.registration, options.clock);
  const { clients } = tables;
  // The two stores need each other: applications are checked against the opportunity, and
  // closing and awarding read the applications.
  const applications: ApplicationStore = new ApplicationStore(
    clients.applications,
    clients.applicants,
    clients.drawsecrets,
    (id) => opportunities.get(id),
    options.clock,
  );
  const questions = new QuestionStore(
    clients.questions,
    clients.askers,
    (id) => opportunities.get(id),
    options.questionCutoffHours ?? defaultQuestionCutoffHours,
    options.clock,
  );
  const { publicSiteUrl } = options;
  const listIndex = new ListIndex(clients.listindex, clients.opportunities, options.runLater);
  // Receipts are written beside the applicant; notices of a change, beside its event; e-mails
  // to a subscriber, beside the subscription.
  const noticeTables = [clients.applicants, clients.opportunities, clients.subscribers];
  const opportunities: OpportunityStore = new OpportunityStore(
    clients.opportunities,
    clients.counters,
    people,
    options.clock,
    applications,
    questions,
    new SupplierNoticeReader(
      questions,
      applications,
      (id) => (publicSiteUrl ? (locale) => publicUrl(publicSiteUrl, id, locale) : null),
      (id) => opportunities.events(id),
      (id) => withdrawnApplications(clients.opportunities, id),
    ),
    options.minPostingBusinessDays,
    listIndex,
  );
  return {
    tables,
    people,
    conversations: new ConversationStore(
      clients.conversations,
      clients.cardmessages,
      options.clock,
    ),
    opportunities,
    applications,
    applicationStatus: new ApplicationStatusStore(
      clients.opportunities,
      clients.applicants,
      opportunities,
      options.clock,
    ),
    questions,
    notices: new NoticeOutbox(noticeTables),
    failedNotices: new FailedNoticeTelling(noticeTables),
    reminders: new ReminderStore(clients.reminders),
    subscriptions: new SubscriptionStore(clients.subscribers, options.clock),
    announcements: new Announcements(clients.opportunities),
    listIndex,
    ping: (timeoutMs = 2_000) => ping(tables, timeoutMs),
  };
}
