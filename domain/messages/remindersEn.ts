/** English texts of the reminders sent when a step is past its business-day target. */
export const remindersEn = {
  'reminder.intro':
    'Reminder: {id} has waited {waited} business days for {step} (target: {target}). It is overdue.',
  'reminder.introDelivery':
    'Reminder: {id} was due for delivery by {due}; it has waited {waited} business days since the award.',
  'reminder.escalation':
    'Escalation: {id} has waited {waited} business days for {step} from {who} (target: {target}). Reminders sent: {count}.',
  'reminder.escalationDelivery':
    'Escalation: {id} was due for delivery by {due} and has not been delivered. Reminders sent to {who}: {count}.',
  'reminder.question':
    "Reminder: supplier's question {number} on {id} has waited {waited} business days for your answer (target: {target}).",
  'reminder.procurementOfficers': 'the procurement officers',
  'reminder.step.fundsApproval': 'the funds approval (section 32)',
  'reminder.step.postingApproval': 'the posting approval',
  'reminder.step.evaluation': 'the evaluation of its applications',
  'reminder.step.award': 'the award',
  'reminder.step.delivery': 'the delivery',
  'reminder.step.acceptance': 'the acceptance of the work (section 34)',
  'reminder.step.payment': 'the payment',
  'reminder.step.questionAnswer': "the answer to a supplier's question",
  'tab.dash.targets': 'Each stage against its target, in business days',
  'tab.dash.target': 'Target',
  'tab.dash.medianDays': 'Median',
  'tab.dash.p90Days': '90th percentile',
  'tab.dash.overTarget': 'Over target',
  'tab.dash.overdueNow': 'Overdue now',
  'tab.dash.overdue': 'Past their target now',
  'tab.dash.overdueNone': 'Nothing is past its target.',
  'tab.dash.overdueItem': '{state}, {waited} business days (target {target})',
} as const;
