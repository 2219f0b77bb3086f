import type { remindersEn } from './remindersEn';

/** Textes français des rappels envoyés quand une étape dépasse sa cible en jours ouvrables. */
export const remindersFr: Record<keyof typeof remindersEn, string> = {
  'reminder.intro':
    'Rappel : {id} attend {step} depuis {waited} jours ouvrables (cible : {target}). L’étape est en retard.',
  'reminder.introDelivery':
    'Rappel : la livraison de {id} était attendue au plus tard le {due}; {waited} jours ouvrables se sont écoulés depuis l’attribution.',
  'reminder.escalation':
    'Signalement : {id} attend {step} de {who} depuis {waited} jours ouvrables (cible : {target}). Rappels envoyés : {count}.',
  'reminder.escalationDelivery':
    'Signalement : la livraison de {id} était attendue au plus tard le {due} et n’a pas eu lieu. Rappels envoyés à {who} : {count}.',
  'reminder.question':
    'Rappel : la question {number} d’un fournisseur sur {id} attend votre réponse depuis {waited} jours ouvrables (cible : {target}).',
  'reminder.procurementOfficers': 'l’équipe de l’approvisionnement',
  'reminder.step.fundsApproval': 'l’approbation des fonds (article 32)',
  'reminder.step.postingApproval': 'l’approbation de la publication',
  'reminder.step.evaluation': 'l’évaluation de ses candidatures',
  'reminder.step.award': 'l’attribution',
  'reminder.step.delivery': 'la livraison',
  'reminder.step.acceptance': 'l’acceptation du travail (article 34)',
  'reminder.step.payment': 'le paiement',
  'reminder.step.questionAnswer': 'la réponse à la question d’un fournisseur',
  'tab.dash.targets': 'Chaque étape par rapport à sa cible, en jours ouvrables',
  'tab.dash.target': 'Cible',
  'tab.dash.medianDays': 'Médiane',
  'tab.dash.p90Days': '90e centile',
  'tab.dash.overTarget': 'Au-delà de la cible',
  'tab.dash.overdueNow': 'En retard maintenant',
  'tab.dash.overdue': 'Au-delà de leur cible maintenant',
  'tab.dash.overdueNone': 'Aucune étape n’a dépassé sa cible.',
  'tab.dash.overdueItem': '{state}, {waited} jours ouvrables (cible : {target})',
};
