"""Overdose and poisoning rules: too many pills, swallowed chemicals, toxic gas."""

from __future__ import annotations

from assistant.triage.rules.dsl import Rule, rule

DRUG_EN = (
    r"(?:pills|tablets|capsules|meds|medication|medications|medicine|medicines|tylenol|advil|"
    r"ibuprofen|acetaminophen|paracetamol|aspirin|insulin|bottle|box|pack|packet|doses?|"
    r"sleeping pills|painkillers|opioids|oxy\w*)"
)

# Drinking, eating or swallowing something that is not food: cleaning products, fuels, garden
# and pest chemicals, button batteries. Said of a child as often as of oneself.
SWALLOWED = (
    r"(?:swallow\w*|ate|eaten|eating|drank|drunk|drinking|ingest\w*|got into|chewed|chewing|"
    r"licked|sucked on|sipped|gulped|(?:had|took) a (?:sip|swig|mouthful|gulp) of|"
    r"aval\w+|bu|bue|bus|bois|boit|mange|mangee|ingere\w*|ingurgit\w*|lech\w*|croqu\w*|"
    r"trag\w+|bebi\w*|bebe|bebio|comi\w*|tom[oe]|tomado|tomando|ingiri\w*|inger\w+|chup\w+|lami\w*)"
)
HOUSEHOLD_PRODUCT = (
    r"(?:bleach|detergent|pods?|laundry \S+|dishwasher \S+|antifreeze|anti freeze|chemicals?|"
    r"cleaners?|cleaning (?:products?|stuff|liquid|fluid|spray|solution)|drain \S+|"
    r"button batter(?:y|ies)|batter(?:y|ies)|rat poison|weed ?killer|pesticide|insecticide|lye|ammonia|"
    r"paint thinner|white spirit|turpentine|lighter fluid|lamp oil|kerosene|paraffin|petrol|"
    r"gasoline|methanol|nail polish remover|acetone|hand saniti[sz]er|essential oils?|"
    r"vape (?:juice|liquid)|e liquid|wild mushrooms?|poisonous \S+|toxic \S+|"
    r"washing up liquid|dish soap|dishwashing liquid|fabric softener|"
    r"(?:liquide|pastille|tablette|capsule|gel|poudre)s? (?:vaisselle|lave \S+|de lessive|pour (?:le|la|les|l) \S+|d entretien|menager\w*)|"
    r"(?:liquido|jabon|pastilla|capsula)s? (?:para|de) (?:lavar|limpiar|platos|trastes|lavavajillas|ropa|frenos)|"
    r"javel|eau de javel|produits? (?:menager\w*|d entretien|vaisselle|de nettoyage|chimique\w*|toxique\w*|pour (?:le|les|la|l) \S+)|"
    r"detergent\w*|lessive|capsules? de lessive|dosettes?|deboucheur\w*|destop|antigel|"
    r"desherbant\w*|mort aux rats|raticide|insecticide\w*|pesticide\w*|essence|petrole|"
    r"alcool a bruler|dissolvant|solvant\w*|ammoniaque|soude|piles? bouton|pile(?! de)|"
    r"huiles? essentielles?|gel hydroalcoolique|champignons? (?:sauvages?|veneneux|toxiques?)|"
    r"cloro|lejia|lavandina|detergente\w*|capsulas? de detergente|suavizante|"
    r"productos? (?:de limpieza|quimicos?|toxicos?|para limpiar|del hogar)|limpiador\w*|limpiavidrios|"
    r"desatascador\w*|destapa\w*|anticongelante|veneno|raticida|mata ?ratas|insecticida|"
    r"herbicida|pesticida|gasolina|queroseno|aguarras|thinner|diluyente|quitaesmalte|acetona|"
    r"amoniaco|(?:sosa|soda) caustica|pila de boton|pilas? de reloj|una pila(?! de)|"
    r"aceites? esenciales?|alcohol en gel|gel antibacterial|(?:hongos|setas) (?:silvestres|venenos[oa]s))"
)
# More than a dose: "a whole bottle", "a bunch of", "toute ma boîte", "un montón de", 20 or more.
_TOO_MANY_EN = (
    r"(?:too many|too much|way too many|a whole|the whole|an entire|entire|all (?:of )?(?:my|the|his|her|their)|"
    r"a handful|a bunch|a lot|lots|loads|a load|heaps|several|a bottle|a box|a pack|a packet|a strip|"
    r"double|triple|\d\d+|twenty|thirty|forty|fifty)"
)
_TOO_MANY_FR = (
    r"(?:trop de|toute la|toute une|toute ma|toute sa|tout le|tout mon|tous mes|toutes mes|tous les|"
    r"toutes les|beaucoup de|plein de|une boite|une plaquette|la boite|la plaquette|le flacon|un flacon|"
    r"une dizaine|une vingtaine|\d\d+)"
)
_TOO_MANY_ES = (
    r"(?:demasiadas|demasiados|demasiado|todas|todos|todo el|toda la|toda mi|todas mis|todos mis|"
    r"una caja|un frasco|la caja|el frasco|un monton de|muchas|muchos|varias|varios|un punado de|\d\d+)"
)

RULES: tuple[Rule, ...] = (
    # --- overdose and poisoning ---------------------------------------------------------
    rule(
        "overdose_poisoning.overdose",
        r"overdos\w*|od d|carbon monoxide|poisoned|poisoning|poison(?! ivy| oak)",
        rf"(?:took|taken|take|taking|swallowed|popped|downed) ~2 {_TOO_MANY_EN} ~3 {DRUG_EN}",
        rf"{DRUG_EN} ~4 (?:on purpose|deliberately|intentionally)|(?:on purpose|deliberately|intentionally) ~3 (?:took|swallowed|overdosed)",
        r"(?:swallowed|ate|eaten|drank|drunk|got into|chewed) ~4 (?:pills|tablets|capsules|medicine|medication|meds|bleach|detergent|pod|pods|antifreeze|chemical|chemicals|cleaner|battery|rat poison|weed killer|lye)",
    ),
    rule("overdose_poisoning.household", rf"{SWALLOWED} ~4 {HOUSEHOLD_PRODUCT}"),
    rule(
        "overdose_poisoning.fr",
        r"surdos\w*|intoxi\w+|empoisonn\w+",
        rf"(?:pris|avale|avalee|bu|mange|ingere) ~2 {_TOO_MANY_FR} ~3 (?:medicaments|comprimes|cachets|pilules|gelules|somniferes|anxiolytiques|antidepresseurs|doliprane|paracetamol|boite|plaquette|insuline|doses?|flacon)",
        r"(?:medicaments|comprimes|cachets|pilules|somniferes) ~4 (?:expres|volontairement)|(?:expres|volontairement) ~3 (?:pris|avale)",
        r"(?:avale|bu|mange) ~4 (?:medicaments|comprimes|cachets|pilules|javel|produit|detergent|somniferes|poison|doliprane)",
    ),
    rule(
        "overdose_poisoning.es",
        r"sobredosis|intoxica\w+|envenen\w+",
        rf"(?:tome|tomo|tomado|trague|trago|tragado|bebi|bebio|comio) ~2 {_TOO_MANY_ES} ~3 (?:pastillas|medicamentos|pildoras|tabletas|capsulas|caja|frasco|paracetamol|ibuprofeno|insulina|dosis|calmantes|somniferos|antidepresivos)",
        r"(?:pastillas|medicamentos|pildoras|tabletas) ~4 (?:a proposito|adrede|queriendo|intencionalmente)|(?:a proposito|adrede) ~3 (?:tome|tomo|trague|trago)",
        r"(?:trago|trague|bebio|bebi|comio|tomo) ~4 (?:pastillas|medicamentos|cloro|lejia|veneno|detergente|anticongelante)",
    ),
)
