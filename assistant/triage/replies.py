"""Emergency guidance, per category and language, with the clinic's own numbers.

The texts are fixed, reviewed wording: no model touches them. They say what to do in the
next minute and name the number to call; they do not diagnose. Numbers come from the clinic
(``numbers``) with ``settings.EMERGENCY_NUMBERS`` filling any gap, so a French clinic can say
15/112, 3114 and its poison centre.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.conf import settings

from assistant.triage.rules import CATEGORIES

_OPENING = {
    "en": "This may be a medical emergency. Call {emergency} now.",
    "fr": "Il peut s'agir d'une urgence médicale. Appelez le {emergency} maintenant.",
    "es": "Esto puede ser una emergencia médica. Llame al {emergency} ahora.",
}
_STAFF = {
    "en": "We have alerted our staff, and a member of the team will look at this conversation. "
    "Please do not wait for a reply here.",
    "fr": "Nous avons prévenu notre équipe, qui va reprendre cette conversation. "
    "N'attendez pas de réponse ici.",
    "es": "Hemos avisado a nuestro personal, que revisará esta conversación. "
    "No espere una respuesta aquí.",
}
_ADVICE: dict[str, dict[str, str]] = {
    "en": {
        "cardiac": "Stop what you are doing and sit down. Do not drive yourself to hospital. "
        "Unlock the door if you can.",
        "stroke": "Note the time the symptoms started. Do not give food, drink or medicine. "
        "Do not drive yourself.",
        "breathing": "Sit upright. If you have a prescribed reliever inhaler, use it as your "
        "plan says while you wait.",
        "anaphylaxis": "If an adrenaline auto-injector (EpiPen) has been prescribed, use it now. "
        "Lie down with legs raised, or sit up if breathing is hard.",
        "bleeding": "Press firmly on the wound with a clean cloth and do not let go.",
        "suicide_self_harm": "You do not have to go through this alone. Call or text {crisis} "
        "to talk to a crisis counsellor now, or call {emergency} if you might act on these "
        "thoughts. If you can, stay with someone you trust and move away from anything you "
        "could use to hurt yourself.",
        "overdose_poisoning": "You can also call Poison Control at {poison}. Do not make the "
        "person vomit unless told to. Keep the package or bottle to show the responders.",
        "seizure_unconscious": "Do not put anything in the person's mouth. Move hard objects "
        "away, turn them on their side once the shaking stops, and stay with them.",
        "pregnancy": "Lie on your left side while you wait, and tell the call-taker how many "
        "weeks pregnant you are.",
        "infant_fever": "A fever in a baby under 3 months needs a doctor's check straight away, "
        "even if the baby seems well. Do not give medicine unless a clinician tells you to.",
        "headache": "A sudden, very severe headache needs to be checked at once. Do not drive "
        "yourself.",
        "burn": "Cool the burn under cool running water for 20 minutes. Do not use ice, butter "
        "or creams. Remove jewellery near the burn unless it is stuck.",
        "choking": "If the person cannot cough, speak or breathe, give back blows and abdominal "
        "thrusts if you know how, and keep going until help arrives.",
    },
    "fr": {
        "cardiac": "Arrêtez toute activité et asseyez-vous. Ne conduisez pas vous-même. "
        "Déverrouillez la porte si vous le pouvez.",
        "stroke": "Notez l'heure du début des signes. Ne donnez ni à manger, ni à boire, ni "
        "médicament. Ne conduisez pas.",
        "breathing": "Restez assis bien droit. Si vous avez un inhalateur de secours prescrit, "
        "utilisez-le comme prévu en attendant.",
        "anaphylaxis": "Si un stylo d'adrénaline vous a été prescrit, utilisez-le maintenant. "
        "Allongez-vous jambes surélevées, ou restez assis si respirer est difficile.",
        "bleeding": "Appuyez fort sur la plaie avec un linge propre, sans relâcher.",
        "suicide_self_harm": "Vous n'êtes pas seul(e). Appelez le {crisis} pour parler à "
        "quelqu'un maintenant, ou le {emergency} si vous risquez de passer à l'acte. Restez "
        "si possible avec une personne de confiance et éloignez ce qui pourrait vous blesser.",
        "overdose_poisoning": "Vous pouvez aussi appeler le centre antipoison au {poison}. Ne "
        "faites pas vomir. Gardez la boîte ou le flacon pour les secours.",
        "seizure_unconscious": "Ne mettez rien dans la bouche de la personne. Écartez les objets "
        "durs, mettez-la sur le côté quand les secousses s'arrêtent, et restez avec elle.",
        "pregnancy": "Allongez-vous sur le côté gauche en attendant et indiquez votre terme.",
        "infant_fever": "Une fièvre chez un bébé de moins de 3 mois doit être vue par un "
        "médecin tout de suite, même si le bébé semble bien. Pas de médicament sans avis.",
        "headache": "Un mal de tête brutal et très violent doit être examiné tout de suite. Ne "
        "conduisez pas.",
        "burn": "Refroidissez la brûlure sous l'eau courante fraîche pendant 20 minutes. Pas de "
        "glace, de beurre ni de crème.",
        "choking": "Si la personne ne peut ni tousser, ni parler, ni respirer, donnez des tapes "
        "dans le dos et des compressions abdominales si vous savez le faire.",
    },
    "es": {
        "cardiac": "Deje lo que está haciendo y siéntese. No conduzca usted mismo. Abra la "
        "puerta si puede.",
        "stroke": "Anote la hora en que empezaron los síntomas. No dé comida, bebida ni "
        "medicamentos. No conduzca.",
        "breathing": "Siéntese erguido. Si tiene un inhalador de rescate recetado, úselo según "
        "su plan mientras espera.",
        "anaphylaxis": "Si le recetaron un autoinyector de adrenalina (EpiPen), úselo ahora. "
        "Acuéstese con las piernas elevadas, o siéntese si le cuesta respirar.",
        "bleeding": "Presione con fuerza la herida con un paño limpio y no suelte.",
        "suicide_self_harm": "No está solo/a. Llame o envíe un mensaje al {crisis} para hablar "
        "con alguien ahora, o llame al {emergency} si puede hacerse daño. Si puede, quédese "
        "con alguien de confianza y aléjese de lo que pueda usar para lastimarse.",
        "overdose_poisoning": "También puede llamar a Control de Envenenamientos al {poison}. "
        "No provoque el vómito. Guarde el envase para mostrarlo.",
        "seizure_unconscious": "No ponga nada en la boca de la persona. Aparte objetos duros, "
        "póngala de lado cuando paren las sacudidas y quédese con ella.",
        "pregnancy": "Acuéstese sobre el lado izquierdo mientras espera y diga de cuántas "
        "semanas está.",
        "infant_fever": "La fiebre en un bebé de menos de 3 meses debe verla un médico de "
        "inmediato, aunque el bebé parezca estar bien. No le dé medicamentos sin indicación.",
        "headache": "Un dolor de cabeza repentino y muy fuerte debe revisarse de inmediato. No "
        "conduzca.",
        "burn": "Enfríe la quemadura con agua corriente fresca durante 20 minutos. No use hielo, "
        "mantequilla ni cremas.",
        "choking": "Si la persona no puede toser, hablar ni respirar, dé golpes en la espalda y "
        "compresiones abdominales si sabe hacerlo.",
    },
}


def emergency_reply(
    category: str,
    *,
    language: str,
    numbers: Mapping[str, str] | None = None,
    staff_alerted: bool = True,
) -> str:
    """The fixed guidance for ``category`` in ``language`` (en/fr/es; others get English)."""
    language = language if language in _ADVICE else "en"
    merged = {**settings.EMERGENCY_NUMBERS, **(numbers or {})}
    parts = [_OPENING[language]]
    if category in CATEGORIES:
        parts.append(_ADVICE[language][category])
    if staff_alerted:
        parts.append(_STAFF[language])
    return " ".join(parts).format(**merged)
