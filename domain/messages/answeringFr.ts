import type { answeringEn } from './answeringEn';

/** Textes français des réponses de l'auteur aux questions des fournisseurs, dans Teams et l'onglet (enjeu 16). */
export const answeringFr: Record<keyof typeof answeringEn, string> = {
  'question.status.waiting': 'En attente de réponse',
  'question.status.answered': 'Répondue le {at}',
  'question.status.declined': 'Refusée le {at}',
  'question.status.closed': 'Sans réponse; l’occasion ne prend plus de réponses',
  'question.overdue':
    'En attente depuis plus d’un jour : les fournisseurs ont besoin de la réponse avant la clôture.',
  'question.asked': 'Posée le',
  'question.askedIn': 'Posée en',
  'question.language.en': 'anglais',
  'question.language.fr': 'français',
  'question.asWritten':
    'La question telle que le fournisseur l’a écrite (jamais publiée telle quelle)',
  'question.publicIntro':
    'Pour répondre, écrivez la question telle qu’elle sera publiée (sans rien qui identifie le fournisseur) et sa réponse, en anglais et en français.',
  'question.declineIntro':
    'Ou refusez la question : le motif reste au dossier et n’est jamais publié.',
  'question.declineReason': 'Motif du refus (non publié)',
  'question.action.answer': 'Répondre',
  'question.action.decline': 'Refuser',
  'bot.question.title': 'Question sur {id} · {title}',
  'bot.question.received':
    'Un fournisseur a posé une question sur {id}. Répondez-y pour tous les fournisseurs, en anglais et en français, ou refusez-la.',
  'bot.question.answered': 'Répondue. La question et la réponse publiées figurent ci-dessous.',
  'bot.question.declined': 'Refusée. Le motif reste au dossier, sans être publié.',
  'bot.question.alreadyAnswered':
    'Cette question a déjà reçu une réponse le {at}; rien n’a changé. La réponse donnée figure ci-dessous.',
  'bot.question.alreadyDeclined': 'Cette question a déjà été refusée le {at}; rien n’a changé.',
  'bot.question.closed':
    'Cette occasion est maintenant à l’état « {state} » : ses questions ne peuvent plus recevoir de réponse ni être refusées; rien n’a changé.',
  'bot.question.notFound': 'Aucune question de ce numéro n’a été reçue pour {id}.',
  'bot.question.fixBelow':
    'Rien n’a été enregistré : corrigez ce qui est signalé ci-dessous; ce que vous avez tapé est conservé.',
  'tab.questions.heading': 'Questions des fournisseurs',
  'tab.questions.introAuthor':
    'Des fournisseurs ont posé ces questions sur la page publique. Répondez à chacune pour tous les fournisseurs, en anglais et en français, ou refusez-la avec un motif qui n’est jamais publié.',
  'tab.questions.introReader':
    'Des fournisseurs ont posé ces questions sur la page publique; l’auteur y répond.',
  'tab.questions.none': 'Aucun fournisseur n’a encore posé de question.',
  'tab.questions.item': 'Question {n} sur {count}',
  'tab.questions.published': 'Telle que publiée',
  'tab.questions.answerSubmit': 'Répondre à la question {n}',
  'tab.questions.declineSubmit': 'Refuser la question {n}',
};
