import { defaultStepTargets, type StepTargets, type TargetedStep } from '../domain/targets';

type Env = Readonly<Record<string, string | undefined>>;

/** The setting that holds each step's target, in business days. */
export const targetSettings: Readonly<Record<TargetedStep, string>> = {
  fundsApproval: 'FUNDS_TARGET_DAYS',
  postingApproval: 'POSTING_TARGET_DAYS',
  evaluation: 'EVALUATION_TARGET_DAYS',
  award: 'AWARD_TARGET_DAYS',
  acceptance: 'ACCEPTANCE_TARGET_DAYS',
  payment: 'PAYMENT_TARGET_DAYS',
  questionAnswer: 'QUESTION_TARGET_DAYS',
};

export interface TargetsConfig {
  targets: StepTargets;
  /** A reminder for the same wait is repeated at most this often, in business days. */
  reminderIntervalDays: number;
  /** After this many reminders of one wait, the next also tells the managers (escalation). */
  escalateAfter: number;
}

export const defaultReminderIntervalDays = 2;
export const defaultEscalateAfter = 3;

/** A whole number from 1 to 60: business days, or for REMINDER_ESCALATE_AFTER, reminders. */
function wholeDays(env: Env, name: string, fallback: number, errors: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1 || days > 60) {
    const unit = name === 'REMINDER_ESCALATE_AFTER' ? 'reminders' : 'business days';
    errors.push(`${name} must be a whole number of ${unit} from 1 to 60, got "${raw}".`);
    return fallback;
  }
  return days;
}

/** Reads the step targets and the reminder interval; award counts from closing, like evaluation. */
export function targetsConfig(env: Env, errors: string[]): TargetsConfig {
  const targets = Object.fromEntries(
    Object.entries(targetSettings).map(([step, name]) => [
      step,
      wholeDays(env, name, defaultStepTargets[step as TargetedStep], errors),
    ]),
  ) as Record<TargetedStep, number>;
  if (targets.award < targets.evaluation)
    errors.push(
      `AWARD_TARGET_DAYS counts from closing, like EVALUATION_TARGET_DAYS, so it may not be less (${targets.award} < ${targets.evaluation}).`,
    );
  return {
    targets,
    reminderIntervalDays: wholeDays(
      env,
      'REMINDER_INTERVAL_DAYS',
      defaultReminderIntervalDays,
      errors,
    ),
    escalateAfter: wholeDays(env, 'REMINDER_ESCALATE_AFTER', defaultEscalateAfter, errors),
  };
}
