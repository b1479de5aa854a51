@testable import BitextKit
import Foundation
import Testing

/// One named case per check: the text, the check, and the flagged texts expected.
struct CheckCase: CustomTestStringConvertible, Sendable {
    let name: String
    let check: String
    let target: String
    var source: String? = nil
    let flagged: [String]

    var testDescription: String { name }
}

@Suite struct QACheckTests {
    static let cases: [CheckCase] = [
        CheckCase(name: "a stray space before a hyphen is flagged, a suspended compound is not", check: "spacing-artifact",
                  target: "Die EU -Kommission tagte. Haupt- und -nebensatz bleiben, Vorder- und/oder -hinterrad auch.", flagged: ["EU -Kommission"]),
        CheckCase(name: "HTML tags and Markdown emphasis are markup remnants", check: "markup-remnant",
                  target: "Sie sagte <b>nein</b> und __ja__ dazu.\nDas ist a < b.", flagged: ["<b>", "</b>", "__ja__"]),
        CheckCase(name: "a word in angle brackets is a quotation, an unknown name with attributes or a closing tag is a tag", check: "markup-remnant",
                  target: "Er nannte es <Landung> und sang <Gloria in excelsis Deo>, dann <widget id=\"7\"> und <contents>x</contents>.",
                  flagged: ["<widget id=\"7\">", "<contents>", "</contents>"]),
        CheckCase(name: "emphasis marked as the source marks its own is carried-over markup", check: "markup-remnant",
                  target: "**Kurs** und __neu__", source: "**Course** and new", flagged: ["__neu__"]),
        CheckCase(name: "a tag the source has too is carried-over markup, not a remnant", check: "markup-remnant",
                  target: "<p>Sie kam.</p> <b>Nein</b>", source: "<p>She came.</p> No", flagged: ["<b>", "</b>"]),
        CheckCase(name: "a tag of the source broken by a space before its name is an error; a name the source has no tag of, a comparison are not",
                  check: "markup-remnant",
                  target: "< talk>Also ja</ talk> und < / talk >. Dann a < b und < note> c.",
                  source: "<talk>So yes</talk> and <talk>. Then <talk>good</talk>, a < b and c.",
                  flagged: ["< talk>", "</ talk>", "< / talk >"]),
        CheckCase(name: "UTF-8 read as Windows-1252 and a lost-character mark are encoding damage, ß before a quote is not",
                  check: "encoding-damage", target: "Er sagte fÃ¼r alle â€žJaâ€œ. Die ⁇ rzte kamen. „Gruß“ und „Straße…“ bleiben.",
                  flagged: ["Ã¼", "â€ž", "â€œ", "⁇ rzte"]),
        CheckCase(name: "a word with ss for ß among standard spellings is a spelling warning", check: "spelling",
                  target: "Die Straße ist lang, und Pflanzen haben grosse Mühe.", flagged: ["grosse"]),
        CheckCase(name: "an adjective ending glued to a percent sign is no word to spell", check: "spelling",
                  target: "Die Straße bietet 100%igen Service und eine 50%-igen Garantie, und Pflanzen haben grosse Mühe.", flagged: ["grosse"]),
        CheckCase(name: "the rest of a name after an accent typed as an apostrophe is no word to spell", check: "spelling",
                  target: "Die Straße am Markt Soko Ng´ombe ist lang, und Pflanzen haben grosse Mühe.", flagged: ["grosse"]),
        CheckCase(name: "Swiss spelling throughout a text is no spelling warning", check: "spelling",
                  target: "Er weiss, dass die Pflanzen grosse Mühe haben.", flagged: []),
        CheckCase(name: "a pre-reform spelling among reformed ones is a spelling warning", check: "spelling",
                  target: "Sie sagt, daß es so ist, und dass er kommt.", flagged: ["daß"]),
        CheckCase(name: "a text in the pre-reform spelling throughout gets no spelling warning for it", check: "spelling",
                  target: "Sie weiß, daß es so ist, und muß gehen.", flagged: []),
        CheckCase(name: "a capitalized abstract noun one slip from a known one is a spelling warning", check: "spelling",
                  target: "Seine Empfinflichkeit wird steigen.", flagged: ["Empfinflichkeit"]),
        CheckCase(name: "a unit looped inside a word is a repetition loop, laughter and rules are not", check: "repetition-loop",
                  target: "Sie bestellten Gummi" + String(repeating: "dichtungen", count: 7) + ". Hahahahahahahahahaha! ------------------------",
                  flagged: [String(repeating: "dichtungen", count: 7)]),
        CheckCase(name: "a phrase looped across words is a repetition loop", check: "repetition-loop",
                  target: "Er sagte: " + String(repeating: "und dann noch ", count: 6) + "nichts.", flagged: [String(repeating: "und dann noch ", count: 6).trimmingCharacters(in: .whitespaces)]),
        CheckCase(name: "four repeats are no loop", check: "repetition-loop",
                  target: "Er sagte: " + String(repeating: "und dann noch ", count: 4) + "nichts.", flagged: []),
        CheckCase(name: "a false friend is flagged where the source has its English word", check: "false-friend",
                  target: "Sie sprachen über die Operationen der Firma. Eventuell kommt er morgen.",
                  source: "They talked about the company's operations. He may come tomorrow.", flagged: ["Operationen"]),
        CheckCase(name: "a false friend is flagged without a source, its own sense and a compound pass", check: "false-friend",
                  target: "Die Operationen der Agentur laufen. Die Militäroperation läuft. Die Operationen in der Klinik dauerten.",
                  flagged: ["Operationen"]),
        CheckCase(name: "every occurrence of a false friend in a sentence is judged alike, also where a sense word clears them all", check: "false-friend",
                  target: "Die Operationen der Firma und die Operationen der Agentur ruhen. Die Operationen und die Operationen in der Klinik ruhen.",
                  source: "The company's operations and the agency's operations rest. The operations and the operations in the clinic rest.",
                  flagged: ["Operationen", "Operationen"]),
        CheckCase(name: "date words of one sentence are each compared with the source's of their kind", check: "date-mismatch",
                  target: "Am Mittwoch, am Donnerstag und im März trafen sie sich.", source: "On Thursday, on Thursday and in May they met.",
                  flagged: ["Mittwoch", "März"]),
        CheckCase(name: "sympathisch in its medical sense and outpatient Operationen pass, the likeable sense for sympathetic does not", check: "false-friend",
                  target: "Das sympathische Nervensystem reagiert. Ambulante Operationen nehmen zu. Er war sehr sympathisch.",
                  source: "The sympathetic nervous system responds. Outpatient operations are rising. He was very sympathetic.",
                  flagged: ["sympathisch"]),
        CheckCase(name: "conditions rendered as Erkrankungen pass beside an illness, not beside a deal", check: "false-friend",
                  target: "Die Entzündung hatte keinen Einfluss auf diese Erkrankungen. Der Vertrag nennt die Erkrankungen.",
                  source: "The inflammation had no effect on these conditions. The contract states the conditions.",
                  flagged: ["Erkrankungen"]),
        CheckCase(name: "billion rendered as Billion is a false friend", check: "false-friend",
                  target: "Das kostet eine Billion Euro.", source: "That costs a billion euros.", flagged: ["Billion"]),
        CheckCase(name: "an emoticon and an inline list marker are no brackets, an unbalanced source excuses the target", check: "unbalanced-brackets",
                  target: "Schade :( Gründe: 1) Geld, 2) Zeit. Er sagte (dies sei neu.", source: "Too bad :( Reasons: 1) money, 2) time. He said (this is new.",
                  flagged: []),
        CheckCase(name: "mögen as a full verb before the modal mögen is no slip", check: "double-word",
                  target: "So sehr wir sie auch mögen mögen, es ist ist falsch.", flagged: ["ist ist"]),
        CheckCase(name: "a word twice is flagged, article plus relative pronoun is not", check: "double-word",
                  target: "Er ging in in die Stadt, die die Kinder mögen.", flagged: ["in in"]),
        CheckCase(name: "an immediately repeated phrase is flagged at its second copy", check: "repeated-phrase",
                  target: "Wir sprachen über den neuen Vertrag über den neuen Vertrag gestern.", flagged: ["über den neuen Vertrag"]),
        CheckCase(name: "an unknown lower-case word one typing slip from a known one is a spelling warning", check: "spelling",
                  target: "Sie verhnadelten lange.", flagged: ["verhnadelten"]),
        CheckCase(name: "a separable particle before a known verb form is a verb, a slip inside one is not", check: "spelling",
                  target: "Als sie das Bild anstaunten und die Stimmung umschlugen, verhnadelten sie.", flagged: ["verhnadelten"]),
        CheckCase(name: "an unknown word differing from a known one only in its ending is no warning", check: "spelling",
                  target: "Das Haus steht dort unbekanntt im Wald.", flagged: []),
        CheckCase(name: "a superlative in -est- of a known comparative is no spelling error", check: "spelling",
                  target: "Es war die härteste Prüfung und der breiteste Fluss.", flagged: []),
        CheckCase(name: "a name found in the source is accepted by spelling", check: "spelling",
                  target: "Gestern kam Xylomirowa nach Hause.", source: "Yesterday Xylomirowa came home.", flagged: []),
        CheckCase(name: "an English sentence left in a German paragraph is one untranslated run", check: "untranslated",
                  target: "Die Gespräche gehen weiter. The minister said, however, that talks would continue. Dann ging er.",
                  flagged: ["The minister said, however, that talks would continue"]),
        CheckCase(name: "an English run that fills a parenthesis is the original beside its rendering, one inside a sentence is not",
                  check: "untranslated",
                  target: "Das Antigen PCNA (proliferating cell nuclear antigen) hilft. Er sagte, we need to talk about this (und ging).",
                  flagged: ["we need to talk about this"]),
        CheckCase(name: "English written all in capitals is text, not a title; a German headline in capitals is German",
                  check: "untranslated", target: "Das Fazit: FUCKING SUCKS AND I HATE IT. Dann kam die EILMELDUNG AUS DEM BUNDESTAG HEUTE.",
                  flagged: ["FUCKING SUCKS AND I HATE IT"]),
        CheckCase(name: "a run of English words is untranslated", check: "untranslated",
                  target: "Er sagte, we need to talk about this, und ging.", flagged: ["we need to talk about this"]),
        CheckCase(name: "a name of capitalized words with short words between them is no untranslated run, after a German preposition too; a clause is",
                  check: "untranslated", target: "Diebe stahlen Bargeld in Newport on the Levee und flohen. Am Abend lief Tomorrow is Coming up die ganze Zeit.",
                  flagged: ["lief Tomorrow is Coming up die"]),
        CheckCase(name: "a number absent from the source is flagged, formats are equated", check: "number-mismatch",
                  target: "Sie zahlten 1.500 Euro und 3,5 Prozent im Jahr 2019.", source: "They paid 1,500 euros and 3.5 percent in 2018.",
                  flagged: ["2019"]),
        CheckCase(name: "times, ordinals, scale words and number words match the source's forms", check: "number-mismatch",
                  target: "Am 20. Juli um 21.30 Uhr feierte die Firma ihr 100-jähriges Bestehen, ein Umsatz von 44 Millionen Pfund, 2018-19 und 2019.",
                  source: "On July 20th at 9.30 pm the firm celebrated its centennial, with sales of £44m, in 2018-19.", flagged: []),
        CheckCase(name: "a tens and a units word with a hyphen or a space between are one number; other number words are not joined", check: "number-mismatch",
                  target: "Mit 28 Männern und 35 Frauen, 105 Kindern und 3 Hunden, im Jahr 2019.",
                  source: "With twenty eight men and thirty-five women, a hundred five children and three dogs, in 2018.",
                  flagged: ["105", "2019"]),
        CheckCase(name: "a time glued to its afternoon word matches the hour and minutes of a 24-hour clock", check: "number-mismatch",
                  target: "Der Zug kam gegen 14:45 Uhr an, der nächste um 17.10 Uhr.", source: "The train arrived around 2.45pm, the next at 5.10pm.",
                  flagged: []),
        CheckCase(name: "minutes glued to the afternoon word after a colon read as a 24-hour time; °F, and F glued to its number, convert into °C",
                  check: "number-mismatch", target: "Die Feier begann um 21:30 Uhr bei 32 °C, am Vortag 35 Grad, im Jahr 2019.",
                  source: "The party began at 9:30pm at 90°F, the day before 95F, in 2018.", flagged: ["2019"]),
        CheckCase(name: "a number with a scale is compared by its scaled value, a decimal below twelve is compared too, a range's end may give its decimals only", check: "number-mismatch",
                  target: "Der Verlust betrug 5 Milliarden Dollar, der Gewinn 3 Millionen Euro, die Inflation 2,5 Prozent, der Preis 4,25-4,35, der Wert 7,49 ± 1,47.",
                  source: "The loss was $5 million, the profit €3m, inflation 5.2 percent, the price 4.25-.35, the score 7.49\u{202F}± 1.47.",
                  flagged: ["5", "2,5"]),
        CheckCase(name: "a sentence written twice in a row is a repeated phrase, a short one is not", check: "repeated-phrase",
                  target: "Die Polizei nahm drei Männer fest. Die Polizei nahm drei Männer fest. Danke sehr. Danke sehr.",
                  source: "Police arrested three men. Thank you.", flagged: ["Die Polizei nahm drei Männer fest."]),
        CheckCase(name: "a source sentence copied unchanged is untranslated as a whole, a copied name is not", check: "untranslated",
                  target: "Sie kam aus Rom. She was elected in 2019. Manchester United.",
                  source: "She came from Rome. She was elected in 2019. Manchester United.", flagged: ["She was elected in 2019"]),
        CheckCase(name: "an amount in another currency than the source's is a number mismatch, the same currency in other words is not", check: "number-mismatch",
                  target: "Der Deal ist 5 Millionen Euro wert, die Strafe 500 US-Dollar, der Bonus 3 Mrd. €, im Jahr 2020 Euro-Münzen.",
                  source: "The deal is worth $5m, the fine 500 dollars, the bonus €3bn, in 2020 coins.", flagged: ["5 Millionen Euro"]),
        CheckCase(name: "a unit changed system without its number is a number mismatch; a conversion and bare degrees are not", check: "number-mismatch",
                  target: "Der See ist 30 Meilen lang, der Turm 60 Meter hoch, es war 25 Grad warm, der Sack wog 50 kg, im Jahr 2019.",
                  source: "The lake is 30 km long, the tower 200 feet tall, it was 25 degrees, the sack weighed 50kg, in 2018.",
                  flagged: ["30 Meilen", "2019"]),
        CheckCase(name: "a time differing from the source's is a number mismatch", check: "number-mismatch",
                  target: "Um 22.30 Uhr begann es.", source: "It began at 9.30 pm.", flagged: ["22.30"]),
        CheckCase(name: "a number converted into another unit system is only noted", check: "number-mismatch",
                  target: "Der Turm ist 60 Meter hoch und kostete 2019 viel.", source: "The tower is 200 feet tall and cost a lot in 2018.",
                  flagged: ["2019"]),
        CheckCase(name: "an area in square kilometres and a temperature in degrees Celsius convert the source's acres and degrees", check: "number-mismatch",
                  target: "Das Feuer erfasste 120 km2, 40 m² und 12 Hektar bei 32 Grad Celsius im Jahr 2019.",
                  source: "The fire burned 30,000 acres at 90 degrees in 2018.", flagged: ["2019"]),
        CheckCase(name: "a temperature written with the degree sign or the ordinal sign before C converts the source's degrees", check: "number-mismatch",
                  target: "New York könnte 27 °C erreichen, Boston 26 ºC, im Jahr 2019.",
                  source: "New York could reach 80 degrees, Boston 79 degrees, in 2018.", flagged: ["2019"]),
        CheckCase(name: "three decimals before a scale word and Indian scale words are read as values", check: "number-mismatch",
                  target: "Es gab 2.394.000 Fälle, davon 467.000 aktive, und 2.395.000 Tests.",
                  source: "There were 2.394 million cases, 4.67 lakh of them active, and 2.396 million tests.", flagged: ["2.395.000"]),
        CheckCase(name: "Indian digit groups and decades are read as values", check: "number-mismatch",
                  target: "Es gab 206.737 Fälle, seit 20 Jahren, nicht 30 Jahren.", source: "There were 2,06,737 cases over two decades.",
                  flagged: ["30"]),
        CheckCase(name: "a code of two letters and a year's last two digits names that year", check: "number-mismatch",
                  target: "Die Kollektion für 2019 kam im Geschäftsjahr 2020, die andere 2021.", source: "The SS19 collection came in FY20, the other in 2022.",
                  flagged: ["2021"]),
        CheckCase(name: "a number joined to a name the source writes without it is the name's, a changed code number is not", check: "number-mismatch",
                  target: "Er hatte COVID-19 und flog die F-15 bei drei T20.", source: "He had Covid and flew the F-16 in three T20Is.",
                  flagged: ["15"]),
        CheckCase(name: "the numbers of a size converted into another unit system are only noted, also from units glued to their numbers", check: "number-mismatch",
                  target: "Die Leinwand misst 15 x 15 cm und kostete 2019 viel.", source: "The canvas is 6in x 6in and cost a lot in 2018.",
                  flagged: ["2019"]),
        CheckCase(name: "a size in metres for a source size without a unit is a conversion; a range for one is not", check: "number-mismatch",
                  target: "Der 1,50 x 2,50 m große Anhänger, der 3 × 3,60 m große Raum, 120 bis 150 Meter im Jahr 2019.",
                  source: "The 5x8 trailer, the 10 x 12 room, 400 to 500 in 2018.", flagged: ["120", "150", "2019"]),
        CheckCase(name: "the numbers of a range converted into another unit system are only noted", check: "number-mismatch",
                  target: "Das Boot wog zwischen 900 und 950 Kilogramm, das andere 1200 bis 1300 kg, im Jahr 2019.",
                  source: "The boat weighed between 2,000 and 2,100 pounds, the other 2,650 to 2,870 pounds, in 2018.",
                  flagged: ["2019"]),
        CheckCase(name: "digit groups set apart by spaces are one number", check: "number-mismatch",
                  target: "Es kamen 14 250 Besucher, 2 400 000 Euro und 1 234 567 Stimmen, im Jahr 2019.",
                  source: "There were 14,250 visitors, 2.4 million euros and 1,234,567 votes, in 2018.",
                  flagged: ["2019"]),
        CheckCase(name: "a list of numbers is not read as one spaced number", check: "number-mismatch",
                  target: "Die Lose 111 222 333 444 555 gewannen.", source: "Tickets 111222333444555 won.",
                  flagged: ["111", "222", "333", "444", "555"]),
        CheckCase(name: "a number of the source split by plain spaces between its digit groups is flagged", check: "number-spacing",
                  target: "Es kamen 14 250 Besucher und 3 000 Gäste, nicht 14\u{202F}250.",
                  source: "There were 14,250 visitors and 3,000 guests.", flagged: ["14 250", "3 000"]),
        CheckCase(name: "numbers next to each other that the source has apart are not one spaced number", check: "number-spacing",
                  target: "Die Lose 111 222 gewannen.", source: "Tickets 111 and 222 won.", flagged: []),
        CheckCase(name: "a number the source spaces alike is a telephone number or a code, not a grouping", check: "number-spacing",
                  target: "Rufen Sie 116 123 an, es kamen 3 000 Gäste.", source: "Call 116 123, 3,000 guests came.", flagged: ["3 000"]),
        CheckCase(name: "a weekday the source does not name is a date mismatch", check: "date-mismatch",
                  target: "Sie trafen sich am Mittwoch in Rom.", source: "They met in Rome on Thursday.", flagged: ["Mittwoch"]),
        CheckCase(name: "the same weekday in both languages is no date mismatch", check: "date-mismatch",
                  target: "Sie trafen sich am Donnerstag.", source: "They met on Thursday.", flagged: []),
        CheckCase(name: "a month abbreviated before its period or a day number is that month, a first name is none", check: "date-mismatch",
                  target: "Am 6. Januar 2021 und im Oktober traf Jan ihn, im Mai nicht.",
                  source: "On Jan. 6, 2021 and on Oct 12 Jan met him, not in June.", flagged: ["Mai"]),
        CheckCase(name: "a weekday in the possessive is that weekday", check: "date-mismatch",
                  target: "Die Sitzung vom Sonntag fiel aus, nicht die vom Montag.", source: "Sunday's session was cancelled, not Saturday's.",
                  flagged: ["Montag"]),
        CheckCase(name: "a quotation whose marks are of two kinds is one finding, at its straight quote", check: "unbalanced-quotes",
                  target: "Er sagte „nein\" zu ihr.\nDann sagte er \"ja“ zu ihm.", flagged: ["\"", "\""]),
        CheckCase(name: "an unclosed German quotation is flagged at its opening mark", check: "unbalanced-quotes",
                  target: "Er sagte „Hallo und „Tschüss“ und ging.\nSie sagte „Tschüss“.", flagged: ["„"]),
        CheckCase(name: "a quotation running unclosed over whole sentences to the end of its paragraph is only a note", check: "unbalanced-quotes",
                  target: "Er sagte „Ja“ und fügte hinzu: „Das war gut. Wir machen weiter.\n„Auch morgen.“", flagged: []),
        CheckCase(name: "a quotation left open inside one sentence at the end of its paragraph is flagged", check: "unbalanced-quotes",
                  target: "Er sagte „Ja“ und fügte hinzu: „Das war gut.\nSie ging.", flagged: ["„"]),
        CheckCase(name: "a quotation the source leaves open in single marks is the source's", check: "unbalanced-quotes",
                  target: "Sie hoffen\", dass er kommt, \"und wenn nicht, dann eben später\".",
                  source: "They Hope' He Comes, 'And If Not, It Won't Be Long'", flagged: []),
        CheckCase(name: "balanced single marks in the source leave the translation's slip flagged", check: "unbalanced-quotes",
                  target: "Er sagte \"Ja\" und \"nein und ging.", source: "He said 'yes' and 'no' and didn't stay.", flagged: ["\""]),
        CheckCase(name: "straight quotes the source opens and does not close are the source's, though they are an even number",
                  check: "unbalanced-quotes", target: "„Wenn man sagt: „Oh, das war ich nicht.",
                  source: "\"When they say \"oh, I didn't do it.", flagged: []),
        CheckCase(name: "straight quotes the source closes and did not open are the source's", check: "unbalanced-quotes",
                  target: "„Sie weinte“?““", source: "\"She cried\"?\"\"", flagged: []),
        CheckCase(name: "balanced straight quotes in the source leave the translation's unclosed quotation flagged", check: "unbalanced-quotes",
                  target: "Er sagte „Hallo und „Tschüss“ und ging.", source: "He said \"hello\" and \"bye\" and left.", flagged: ["„"]),
        CheckCase(name: "a straight quote between a sentence's end and a word, its space lost, opens a quotation", check: "unbalanced-quotes",
                  target: "„Ja“, schrieb sie.“ Das bleibt.“", source: "\"Yes,\" she wrote.\"That will remain.\"", flagged: ["“", "“"]),
        CheckCase(name: "marks without partners with nothing but spaces and punctuation between them are one slip, one finding",
                  check: "unbalanced-quotes", target: "Er sagte, es sei eine lange Reise“ . “ Dann ging er.\nSie sagte: gut.“ \"",
                  flagged: ["“ . “", "“ \""]),
        CheckCase(name: "a colon set apart between two numbers is a ratio or a score, one set apart after a word is a slip",
                  check: "punctuation-spacing", target: "Sie gewannen 2 : 1 im Verhältnis 3 : 1, und er sagte : nein.", flagged: [" :"]),
        CheckCase(name: "a space just inside a bracket is a slip, an emoticon's mouth is no bracket", check: "punctuation-spacing",
                  target: "Der Vorstand ( NEC) und [ORGANISATION15 ] tagten. Schade :-( Ich war da (ja) und [sic].",
                  flagged: ["( ", " ]"]),
        CheckCase(name: "a space just inside a bracket that the source has too is the source's layout", check: "punctuation-spacing",
                  target: "[ Zellen wurden gezählt. Der Rat ( NEC) tagte. Schade :( Der Ring ( Gold) passt.",
                  source: "[ \u{2002}Cells were counted. The council (NEC) met. Too bad :( The ring (gold) fits.",
                  flagged: ["( ", "( "]),
        CheckCase(name: "a space just inside a quotation is a slip, a straight quote with spaces on both sides too", check: "punctuation-spacing",
                  target: "Er sagte: „ Nein, das ist schlecht. “ Dann ging er. \" Wir kommen\", sagte sie. \"Gut\" und „Ja“ und »Nein«.",
                  flagged: ["„ ", " “", " \" "]),
        CheckCase(name: "a hashtag broken by a space is a slip, a number sign is not", check: "punctuation-spacing",
                  target: "Viel Neues in # Dart, auf Platz # 5 und in #flutter.", flagged: ["# "]),
        CheckCase(name: "a space before a full stop after a closing quotation mark or bracket is a slip", check: "punctuation-spacing",
                  target: "Sie sagte „nein“ . Er kam (spät) . Dann gingen alle.", flagged: [" .", " ."]),
        CheckCase(name: "a tokenized text is one finding at its first spaced mark, not one per mark",
                  check: "punctuation-spacing",
                  target: "Wir kamen , sahen , siegten . Dann gingen wir , aßen , tranken . Es war gut , sagte er : ja . Und dann , später , schliefen wir .",
                  flagged: [" ,"]),
        CheckCase(name: "a doubled colon between names is a scope operator, between words a slip", check: "punctuation-spacing",
                  target: "Der Aufruf IDirect3D::CreateViewport() scheiterte, er sagte:: nein.", flagged: ["::"]),
        CheckCase(name: "a space before a comma and none after one are flagged", check: "punctuation-spacing",
                  target: "Er kam , sah und siegte,und ging. Es sind 3,5 Prozent.", flagged: [" ,", ","]),
        CheckCase(name: "a double hyphen used as a dash is flagged", check: "dash-style",
                  target: "Er kam -- und ging.", flagged: ["--"]),
        CheckCase(name: "a double hyphen copied from the source's own dashes is only a note", check: "dash-style",
                  target: "Er kam -- und ging.", source: "He came -- and went.", flagged: []),
        CheckCase(name: "a function word capitalized after a semicolon is flagged, a polite pronoun is not", check: "capitalization",
                  target: "Es regnete; Es war kalt; Sie kamen trotzdem.", flagged: ["Es"]),
        CheckCase(name: "a lower-case adjective used as a noun after etwas is flagged, an attribute and anderes are not",
                  check: "capitalization", target: "Es hat etwas poetisches, aber etwas kaltes Wasser und etwas anderes auch.",
                  flagged: ["poetisches"]),
        CheckCase(name: "adjectives joined by a conjunction, a comma or quotation marks before their noun are attributes",
                  check: "capitalization",
                  target: "Es ist ein wenig invasives und sicheres Verfahren mit wenig strukturiertes, „synzytiales“ Gewebe, aber etwas poetisches und neues.",
                  flagged: ["poetisches"]),
        CheckCase(name: "an English word twice inside a German sentence is a quotation's, not a slip", check: "double-word",
                  target: "Er rief „really really good“ und und ging.", flagged: ["und und"]),
        CheckCase(name: "a noun and the verb of the same letters are two words, a sentence-initial doubling is one", check: "double-word",
                  target: "Sie lernen beim Kochen kochen. In in der Stadt.", flagged: ["In in"]),
        CheckCase(name: "regular past tenses and participles of known verbs are no spelling warnings", check: "spelling",
                  target: "Es hat sich gut angefühlt, sie verhnadelten.", flagged: ["verhnadelten"]),
        CheckCase(name: "es twice, as subject and object, is no double word", check: "double-word",
                  target: "Normalerweise rollt es es weg.", flagged: []),
        CheckCase(name: "an English word in German text is no spelling warning, even one slip from a German word", check: "spelling",
                  target: "Sie sagte like und ging.", flagged: []),
        CheckCase(name: "a loanword spelled with c where Hunspell knows k is no spelling warning", check: "spelling",
                  target: "Sie wollen die Daten decodieren.", flagged: []),
        CheckCase(name: "an English verb in -el with the German ending n is no spelling warning", check: "spelling",
                  target: "Sie wollte für ihn modeln.", flagged: []),
    ]

    @Test func wordsTheDictionaryListsAreNoSpellingFindings() throws {
        // "kalben" is a German verb Hunspell's list lacks, one slip from "halben"; "Schlußwort" is old
        // spelling Ding marks [alt]; "duch" is too short to be trusted on the dictionary alone.
        let fixture = try QAFixture(lexicon: [("kalben", "to calve"), ("Schlusswort", "closing words"), ("Schlußwort [alt]", "closing words"), ("Duch", "duch")])
        #expect(["kalben", "schlusswort", "duch"].allSatisfy(fixture.resources.lexicon.dictionary.isGermanWordForm))
        #expect(!fixture.resources.lexicon.dictionary.isGermanWordForm("schlußwort"))
        let flagged = try fixture.findings("spelling", "Die Gletscher kalben. Das Schlußwort kam duch den Chef.").map(\.text)
        #expect(!flagged.contains("kalben"))
        #expect(flagged.contains("Schlußwort") && flagged.contains("duch"))
    }

    @Test func aFormOfADictionaryEntryThatRendersTheSourceIsATermNotASlip() throws {
        // "kongenitalen" is one slip from "kongenialen"; Ding's "kongenital" renders the source's
        // "congenital". "europäschen" and "weitern" are slips of words whose entries the fixture also
        // has: no declined form of a listed word ("n" is no adjective ending).
        let fixture = try QAFixture(lexicon: [("kongenital", "congenital"), ("europäisch", "European"), ("weiter", "further")])
        let findings = try fixture.findings("spelling", "Bei kongenitalen und europäschen Fehlern und weitern Fragen.",
                                            source: "With congenital and European defects and further questions.")
        #expect(findings.first { $0.text == "kongenitalen" }?.severity == .info)
        #expect(findings.first { $0.text == "kongenitalen" }?.message.contains("\"congenital\"") == true)
        #expect(findings.first { $0.text == "europäschen" }?.severity == .warning)
        #expect(findings.first { $0.text == "weitern" }?.severity == .warning)
    }

    @Test(arguments: cases)
    func check(_ testCase: CheckCase) throws {
        let findings = try QAFixture().findings(testCase.check, testCase.target, source: testCase.source)
        #expect(findings.filter { $0.severity != .info }.map(\.text) == testCase.flagged)
        for finding in findings {
            let scalars = Array(testCase.target.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[finding.start..<finding.end])) == finding.text)
        }
    }

    /// Brackets without partners side by side are one note; a word between them makes two.
    @Test func bracketsWithoutPartnersInARowAreOneNote() throws {
        let findings = try QAFixture().findings("unbalanced-brackets", "Er sagte ((( [ nichts. Dann (kam er und (ging.")
        #expect(findings.map(\.text) == ["((( [", "(", "("])
        #expect(findings.first?.message.hasPrefix("4 brackets in a row") == true)
        #expect(findings.allSatisfy { $0.severity == .info })
    }

    /// A note with the German spelling as suggestion: news raters mark few such names as errors.
    @Test func aRussianNameInEnglishTransliterationIsANoteWithTheGermanSpelling() throws {
        let findings = try QAFixture().findings("name-convention", """
            Dazu äußerte sich Minister Alexey Volkov, später auch Nikolai Morosow. Harvey Bailey sprach am Montag.
            """)
        #expect(findings.map(\.text) == ["Alexey Volkov"])
        #expect(findings.map(\.severity) == [.info])
        #expect(findings.first?.suggestion == "Alexej Wolkow")
    }

    /// One note per paragraph, at its first straight mark; German marks are no finding.
    /// Two checks that flag the same characters give one finding, which carries the other's message:
    /// nothing found is dropped unseen.
    @Test func aSpanTwoChecksFlagIsOneFindingWithBothMessages() throws {
        let fixture = try QAFixture()
        let checks = QARegistry.checks.filter { ["unbalanced-quotes", "quote-style"].contains($0.id) }
        let found = try QARunner(checks: checks, resources: fixture.resources).run(fixture.input("Er sagte \"ja und ging."))
        #expect(found.count == 1)
        #expect(found.first.map { $0.message.contains("(also ") && $0.message.contains("\"") } == true)
    }

    /// A loop's copies repeat what other checks find in one copy ("--" as a dash, a double word): the
    /// loop is one finding, whose message counts them; a finding outside the loop stays its own.
    @Test func findingsInsideALoopAreCountedInTheLoopsFinding() throws {
        let fixture = try QAFixture()
        let checks = QARegistry.checks.filter { ["repetition-loop", "dash-style", "double-word"].contains($0.id) }
        let target = "Ein Satz -- mit Strich. " + String(repeating: "Haus -- ", count: 6) + "und und Ende."
        let found = try QARunner(checks: checks, resources: fixture.resources).run(fixture.input(target))
        #expect(found.map(\.check) == ["dash-style", "repetition-loop", "double-word"])
        #expect(found.count == 3 && found[1].message.hasSuffix("(inside it: 6 dash-style findings)"))
    }

    /// Straight quotes pair by their sides: a quotation left open when the next one opens is blamed
    /// at its own mark, not at the paragraph's last (which closes the next quotation).
    @Test func anUnclosedStraightQuotationIsBlamedAtItsOwnMark() throws {
        let target = "Er sagte: \"Umbau\", und um \"Kindern zu helfen. \"Es ist gut\", sagte er."
        let found = try QAFixture().findings("unbalanced-quotes", target).filter { $0.severity != .info }
        let mark = target.unicodeScalars.distance(from: target.startIndex, to: target.range(of: "\"Kindern")!.lowerBound)
        #expect(found.map(\.start) == [mark])
    }

    @Test func straightQuotationMarksAreNotedOncePerParagraph() throws {
        let target = "Er sagte \"ja\" und \"nein\".\nSie sagte „vielleicht“.\nDann \"gut\"."
        let findings = try QAFixture().findings("quote-style", target)
        #expect(findings.map(\.start) == [9, 55])
        #expect(findings.map(\.severity) == [.info, .info])
        #expect(findings.first?.message.hasPrefix("4 straight quotation marks") == true)
    }

    /// „ with a space after it is mended by dropping the space; a straight quote with a space on each
    /// side may open or close, so which space goes is left to the reviser.
    @Test func aSpacedQuotationMarkIsMendedOnlyWhereItsSideIsKnown() throws {
        let found = try QAFixture().findings("punctuation-spacing", "Sie sagte: „ Nein. Dann ging er. \" Wir kommen\", sagte sie.")
        #expect(found.map(\.text) == ["„ ", " \" "])
        #expect(found.map(\.suggestion) == ["„", nil])
    }

    @Test func spacingArtifactSuggestsTheJoinedWordAndItsPosition() throws {
        let finding = try #require(try QAFixture().findings("spacing-artifact", "Erste Zeile.\nDie EU -Kommission tagte.").first)
        #expect(finding.suggestion == "EU-Kommission")
        #expect((finding.line, finding.column, finding.start, finding.end) == (2, 5, 17, 31))
        #expect(finding.severity == .error)
    }

    @Test func calqueCompoundWithoutSourceIsOnlyInfo() throws {
        let findings = try QAFixture().findings("calque-compound", "Die Weißhausbeamtern kamen.")
        #expect(findings.map(\.text) == ["Weißhausbeamtern"])
        #expect(findings.first?.severity == .info)
    }

    @Test func calqueCompoundShowsTheEnglishPhraseAsEvidence() throws {
        let fixture = try QAFixture(lexicon: [("weiß", "white"), ("Haus", "house"), ("Beamter", "official")])
        let finding = try #require(try fixture.findings("calque-compound", "Die Weißhausbeamtern kamen.",
                                                        source: "The officials of the White House came.").first)
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("\"officials\" + \"White House\""))
    }

    /// A particle before a regular past form of a verb the dictionary lists is a verb ("einnetzte",
    /// ein + netzte of "netzen"), even where neither dictionary has the past form.
    @Test func aParticleBeforeARegularFormOfAListedVerbIsAVerb() throws {
        let fixture = try QAFixture(lexicon: [("netzen", "wet")])
        let findings = try fixture.findings("spelling", "Er lief los, als er einnetzte, und verhnadelte es.")
        #expect(findings.filter { $0.severity != .info }.map(\.text) == ["verhnadelte"])
    }

    /// A comparable article reports the same events with other figures: a number or weekday it lacks
    /// is a note, not a warning.
    @Test func numbersAndDatesAgainstAComparableSourceAreNotes() throws {
        let fixture = try QAFixture()
        let target = "Am Mittwoch kamen 250 Diplomaten."
        let source = "On Thursday, 300 diplomats came."
        #expect(try fixture.findings("number-mismatch", target, source: source).map(\.severity) == [.warning])
        #expect(try fixture.findings("number-mismatch", target, source: source, comparable: true).map(\.severity) == [.info])
        #expect(try fixture.findings("date-mismatch", target, source: source).map(\.severity) == [.warning])
        #expect(try fixture.findings("date-mismatch", target, source: source, comparable: true).map(\.severity) == [.info])
    }

    /// A word the source has as it stands is carried over (a name), not rendered part by part.
    @Test func aWordCopiedFromTheSourceIsNoCalque() throws {
        let fixture = try QAFixture()
        #expect(try fixture.findings("calque-compound", "Die Weißhausbeamtern kamen.", source: "The Weißhausbeamtern came.").isEmpty)
        #expect(try fixture.findings("calque-compound", "Die Weißhausbeamtern kamen.", source: "The officials came.").map(\.text) == ["Weißhausbeamtern"])
    }

    @Test func aLowerCaseCompoundIsOnlyInfoEvenWithEvidence() throws {
        let fixture = try QAFixture(lexicon: [("weiß", "white"), ("Haus", "house"), ("Beamter", "official")])
        let findings = try fixture.findings("calque-compound", "Die weißhausbeamtern kamen.", source: "The officials of the White House came.")
        #expect(findings.map(\.text) == ["weißhausbeamtern"])
        #expect(findings.map(\.severity) == [.info])
    }

    @Test func aSingleEnglishWordCopiedFromTheSourceIsANote() throws {
        let findings = try QAFixture().findings("untranslated", "Sie sprachen lange über die issues.", source: "They talked about the issues for long.")
        #expect(findings.map(\.text) == ["issues"])
        #expect(findings.map(\.severity) == [.info])
    }

    /// Addresses, hashtags and tags are copied as they must be.
    @Test func englishWordsOfAnAddressAHashtagOrATagAreNoCopiedWords() throws {
        let findings = try QAFixture().findings("untranslated",
            "Sie sprachen über die issues: https://example.org/intuitive-machines #science <div class=section>Text</div>",
            source: "They talked about the issues: https://example.org/intuitive-machines #science <div class=section>Text</div>")
        #expect(findings.map(\.text) == ["issues"])
    }

    @Test func twoEnglishWordsCopiedSideBySideFromTheSourceAreAWarning() throws {
        let findings = try QAFixture().findings("untranslated", "Die dritte Lieferung kam beschädigt an. Gave up. Sie schicken alles lose.",
                                                source: "The third delivery arrived damaged. Gave up. They ship everything loose.")
        #expect(findings.map(\.text) == ["Gave up"])
        #expect(findings.map(\.severity) == [.warning])
    }

    @Test func englishWordsNotSideBySideInTheSourceOrQuotedAreNoCopiedPhrase() throws {
        let fixture = try QAFixture()
        // Both words stand in the source, but apart: no phrase was carried over.
        #expect(try fixture.findings("untranslated", "Das Paket kam, gave up danach.", source: "The parcel came; I gave it all up afterwards.")
            .filter { $0.severity == .warning }.isEmpty)
        // A quoted phrase is deliberate more often than not: a note.
        #expect(try fixture.findings("untranslated", "Er schrieb nur „gave up“ darunter.", source: "He only wrote \"gave up\" below it.")
            .map(\.severity) == [.info])
        // Capitalized like a name ("Home Office") is a name, not a phrase left in English.
        #expect(try fixture.findings("untranslated", "Das Home Office widersprach.", source: "The Home Office disagreed.").isEmpty)
        // So is a phrase the source writes as a name, whatever case the translation gives it.
        #expect(try fixture.findings("untranslated", "Sie nutzten die epworth sleepiness scale dafür.",
                                     source: "They used the Epworth Sleepiness Scale for it.").isEmpty)
        // A dateline in capitals names a place; one word repeated is an interjection.
        #expect(try fixture.findings("untranslated", "COSTA MESA, Kalifornien – Die Stadt wächst.",
                                     source: "COSTA MESA, California – The city grows.").isEmpty)
        #expect(try fixture.findings("untranslated", "Er sagte nur blah blah blah dazu.", source: "He only said blah blah blah to that.")
            .filter { $0.severity == .warning }.isEmpty)
    }

    @Test func aContiguousEnglishCompoundRenderedAsOneWordIsNoCalque() throws {
        let fixture = try QAFixture(lexicon: [("weiß", "white"), ("Haus", "house"), ("Beamter", "official")])
        let finding = try #require(try fixture.findings("calque-compound", "Die Weißhausbeamtern kamen.",
                                                        source: "The White House officials came.").first)
        #expect(finding.severity == .info)
    }

    /// Text that lost every umlaut and ß: each word the lexicon lists once the letter is back.
    @Test func wordsOfATextThatLostEveryUmlautAreEncodingDamage() throws {
        let fixture = try QAFixture(lexicon: [("Lebensqualität", "quality of life"), ("Schlafstörungen", "sleep disorders"),
                                              ("Änderungen", "changes"), ("Überlegungen", "considerations")])
        let lost = try fixture.findings("encoding-damage", "Beide Therapien verbesserten die Lebensqualitt und die Schlafstrungen deutlich.")
        #expect(lost.map(\.text) == ["Lebensqualitt", "Schlafstrungen"])
        #expect(lost.map(\.suggestion) == ["Lebensqualität", "Schlafstörungen"])
        #expect(lost.map(\.severity) == [.warning, .warning])
        // A text with an umlaut elsewhere did not lose them; one mended word alone may be a name.
        #expect(try fixture.findings("encoding-damage", "Beide Therapien verbesserten für alle die Lebensqualitt und die Schlafstrungen.").isEmpty)
        #expect(try fixture.findings("encoding-damage", "Beide Therapien verbesserten die Lebensqualitt deutlich.").isEmpty)
        // A letter replaced by another sign was misread, not lost: no word is mended next to one.
        #expect(try fixture.findings("encoding-damage", "Die Ver‰nderungen und die ‹berlegungen blieben aus.")
            .filter { $0.severity == .warning }.isEmpty)
    }

    /// Latin-1 letters read as Mac Roman leave a sign per letter; the same signs in their own use are no damage.
    @Test func lettersReadAsMacRomanAreEncodingDamage() throws {
        let fixture = try QAFixture()
        let misread = try fixture.findings("encoding-damage", "Die Ver‰nderungen der Werte lieﬂen sich w‰hrend der ‹bersicht zeigen.")
        #expect(misread.map(\.suggestion) == ["Veränderungen", "ließen", "während", "Übersicht"])
        #expect(misread.map(\.severity) == [.error, .error, .error, .error])
        #expect(try fixture.findings("encoding-damage", "Der Einﬂuss stieg um 5‰ und ‹ja› sagte er.").isEmpty)
        // The pieces of a misread word are no unknown words of their own.
        #expect(try fixture.findings("spelling", "Die Ver‰nderungen der Werte lieﬂen sich w‰hrend der ‹bersicht zeigen.").isEmpty)
    }

    /// Machine translation that lower-cases its output loses every noun's capital; a writer who
    /// writes in lower case is rendered faithfully, and one small noun among capitals is left alone.
    @Test func theNounsOfASentenceWrittenInLowerCaseAreFlagged() throws {
        let fixture = try QAFixture()
        let lowered = try fixture.findings("capitalization", "Die regierung lobte gestern die qualität der arbeit sehr.",
                                           source: "The government praised the quality of the work a lot yesterday.")
        #expect(lowered.map(\.text) == ["regierung", "qualität", "arbeit"])
        #expect(lowered.map(\.suggestion) == ["Regierung", "Qualität", "Arbeit"])
        #expect(try fixture.findings("capitalization", "Die regierung lobte gestern die qualität der arbeit sehr.",
                                     source: "the government praised the quality of the work a lot yesterday lol").isEmpty)
        #expect(try fixture.findings("capitalization", "Die Regierung lobte gestern die qualität der Arbeit sehr.",
                                     source: "The government praised the quality of the work a lot yesterday.").isEmpty)
        // One word the dictionary knows only capitalized is no evidence: a sentence may have no noun.
        #expect(try fixture.findings("capitalization", "Wir sind nun endlich wieder zuhause angekommen.",
                                     source: "We have finally arrived back home now.").isEmpty)
    }

    @Test func capitalizedAdjectiveIsANoteWhenTheSourceWritesItInLowerCase() throws {
        let fixture = try QAFixture(lexicon: [("rot", "red"), ("Apfel", "apple")])
        let flagged = try fixture.findings("capitalization", "Dort liegen die Roten Äpfel.", source: "There lie the red apples.")
        #expect(flagged.map(\.suggestion) == ["roten"])
        #expect(flagged.map(\.severity) == [.info])
        let name = try fixture.findings("capitalization", "Dort liegen die Roten Äpfel.", source: "There lie the Red Apples.")
        #expect(name.isEmpty)
    }

    /// Not even a note: spelling dictionaries lack most abbreviations, and the splitter's list knows them.
    @Test func anAbbreviationOfTheSplittersListWithItsPeriodIsNoUnknownWord() throws {
        let findings = try QAFixture().findings("spelling", "Das kostet ca. fünf Euro bzw. mehr, seit 833 n. Chr. gilt es, doch bzw ohne Punkt nicht.")
        #expect(findings.map(\.text) == ["bzw"])
    }

    @Test func spellingOfAnUnknownCapitalizedWordInsideASentenceIsInfo() throws {
        let findings = try QAFixture().findings("spelling", "Gestern kam Xylomirowa nach Hause.")
        #expect(findings.map(\.severity) == [.info])
    }

    @Test func glossaryForbidsADeprecatedRendering() throws {
        let glossary = QAGlossary(entries: [.init(german: "Ausweisung", english: "expulsion", status: .preferred),
                                            .init(german: "Vertreibung", english: "expulsion", status: .deprecated)])
        let findings = try QAFixture(glossary: glossary).findings("term-consistency", "Die Vertreibung der Diplomaten.", glossary: glossary)
        #expect(findings.map(\.text) == ["Vertreibung"])
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.suggestion == "Ausweisung")
    }

    @Test func twoPreferredRenderingsAreNoConflict() throws {
        let glossary = QAGlossary(entries: [.init(german: "Botschafter", english: "ambassador", status: .preferred),
                                            .init(german: "Botschafterin", english: "ambassador", status: .preferred)])
        let findings = try QAFixture(glossary: glossary).findings("term-consistency",
            "Der Botschafter kam. Die Botschafterin blieb.", glossary: glossary)
        #expect(findings.isEmpty)
    }

    @Test func preferredAndAdmittedRenderingsMixedInOneDocumentAreInconsistent() throws {
        let glossary = QAGlossary(entries: [.init(german: "Botschaft", english: "embassy", status: .preferred),
                                            .init(german: "Vertretung", english: "embassy", status: .admitted)])
        let findings = try QAFixture(glossary: glossary).findings("term-consistency",
            "Die Botschaft schloss. Später öffnete die Vertretung wieder.", glossary: glossary)
        #expect(findings.map(\.text) == ["Vertretung"])
    }

    @Test func glossaryTermMissingFromTheAlignedTargetSentence() throws {
        let glossary = QAGlossary(entries: [.init(german: "Ausweisung", english: "expulsion")])
        let findings = try QAFixture(glossary: glossary).findings("term-consistency",
            "Die Vertreibung war hart.", source: "The expulsion was harsh.", glossary: glossary)
        #expect(findings.map(\.text) == ["Die Vertreibung war hart."])
        #expect(findings.first?.message == #"the source says "expulsion" but the translation lacks the glossary's "Ausweisung""#)
    }

    /// Glossary terms whose English stems alike ("negotiation", "negotiator", "negotiate") are one
    /// source word to the check: any of their renderings renders it, and a miss names them all.
    @Test func termsWhoseEnglishStemsAlikeShareTheirRenderings() throws {
        let glossary = QAGlossary(entries: [.init(german: "Verhandlung", english: "negotiation", status: .preferred),
                                            .init(german: "Unterhändler", english: "negotiator", status: .preferred),
                                            .init(german: "verhandeln", english: "negotiate", status: .preferred)])
        let fixture = try QAFixture(glossary: glossary)
        #expect(try fixture.findings("term-consistency", "Die Verhandlungen dauerten Monate.",
                                     source: "The negotiations took months.", glossary: glossary).isEmpty)
        let missed = try fixture.findings("term-consistency", "Die Gespräche dauerten Monate.", source: "The negotiations took months.", glossary: glossary)
        #expect(missed.map(\.message) == [#"the source says "negotiations" but the translation lacks the glossary's "Verhandlung" or "Unterhändler" or "verhandeln""#])
    }

    /// A glossary verb is found in its regular forms, which Snowball does not stem like the
    /// infinitive ("unterzeichnet"), after a separable particle too ("angemeldet").
    @Test(arguments: [("unterzeichnen", "sign", "Die Minister haben das Abkommen unterzeichnet.", "The ministers signed the agreement."),
                      ("anmelden", "register", "Sie hat sich gestern angemeldet.", "She registered yesterday."),
                      ("verhandeln", "negotiate", "Die Parteien verhandelten lange.", "The parties negotiated for a long time.")])
    func aGlossaryVerbCountsInItsRegularForms(german: String, english: String, target: String, source: String) throws {
        try expectTermRendered(german: german, english: english, in: target, source: source, verbForms: GermanVerbForms())
    }

    /// With a glossary of the one term (`german` for `english`): `target` renders it (no finding), and a
    /// sentence without the rendering, for the same source, is flagged (so the source's term was seen).
    private func expectTermRendered(german: String, english: String, in target: String, source: String, verbForms: GermanVerbForms) throws {
        let glossary = QAGlossary(entries: [.init(german: german, english: english, status: .preferred)], verbForms: verbForms)
        let fixture = try QAFixture(glossary: glossary)
        #expect(try fixture.findings("term-consistency", target, source: source, glossary: glossary).isEmpty)
        let other = try fixture.findings("term-consistency", "Es gab keine Einigung.", source: source, glossary: glossary)
        #expect(other.count == 1, "a sentence without the rendering is flagged")
    }

    /// A glossary verb Ding lists forms for is found in them: a strong verb's participle, past and
    /// present, a separable verb's split past with its particle closing the clause, its zu-infinitive,
    /// its past joined in a subordinate clause.
    @Test(arguments: [("treffen", "meet", "Die Minister haben sich in Genf getroffen.", "The ministers meet in Geneva."),
                      ("treffen", "meet", "Die Minister trafen sich in Genf.", "The ministers meet in Geneva."),
                      ("treffen", "meet", "Der Minister trifft seinen Amtskollegen.", "The minister meets his counterpart."),
                      ("ausweisen", "expel", "Russland wies zwei Diplomaten aus.", "Russia expelled two diplomats."),
                      ("ausweisen", "expel", "Russland beschloss, zwei Diplomaten auszuweisen.", "Russia decided to expel two diplomats."),
                      ("ausweisen", "expel", "Es heißt, dass Russland zwei Diplomaten auswies.", "It is said that Russia expelled two diplomats."),
                      ("beschließen", "resolve", "Der Rat beschloss eine Reform.", "The council resolved on a reform.")])
    func aGlossaryVerbCountsInTheFormsDingLists(german: String, english: String, target: String, source: String) throws {
        try expectTermRendered(german: german, english: english, in: target, source: source, verbForms: try GermanVerbFormsTests.fixture())
    }

    /// A source's irregular verb form is its verb's for the glossary ("met" for "meet", "held talks" for
    /// "hold talks"): Snowball leaves such forms their own stems, and the term went unnoticed.
    @Test(arguments: [("treffen", "meet", "Die Minister trafen sich in Genf.", "The ministers met in Geneva."),
                      ("Gespräche führen", "hold talks", "Die Minister wollen Gespräche führen.", "The ministers have held talks."),
                      ("verkaufen", "sell", "Die Firma verkaufte ihre Anteile.", "The firm sold its shares.")])
    func aGlossaryVerbIsFoundInTheSourcesIrregularForms(german: String, english: String, target: String, source: String) throws {
        try expectTermRendered(german: german, english: english, in: target, source: source, verbForms: try GermanVerbFormsTests.fixture())
    }

    /// Forms that are more often another word in news are not taken for a verb's: "left" (the political
    /// left) is no form of "leave" to the glossary.
    @Test func anAmbiguousIrregularFormIsNotTakenForItsVerb() throws {
        let bases = try EnglishVerbBases(language: .en)
        #expect(bases.base(of: "met") == "meet")
        #expect(bases.base(of: "held") == "hold")
        #expect(bases.base(of: "left") == nil)
        #expect(bases.base(of: "expelled") == nil, "a regular form needs no entry: Snowball stems it like its base")
        #expect(try EnglishVerbBases(language: .de).base(of: "met") == nil)
    }

    /// A verb Ding does not list keeps its regular forms ("unterzeichnet"); one it lists is found in
    /// its own forms only: "gesteht" (of "gestehen") is the regular pattern's participle of "stehen",
    /// not a form of it.
    @Test func aVerbDingDoesNotListKeepsItsRegularFormsAndOneItListsHasOnlyItsOwn() throws {
        let verbs = try GermanVerbFormsTests.fixture()
        let sign = QAGlossary(entries: [.init(german: "unterzeichnen", english: "sign", status: .preferred)], verbForms: verbs)
        #expect(try QAFixture(glossary: sign).findings("term-consistency", "Die Minister haben das Abkommen unterzeichnet.",
                                                       source: "The ministers signed the agreement.", glossary: sign).isEmpty)
        let stand = QAGlossary(entries: [.init(german: "stehen", english: "stand", status: .preferred)], verbForms: verbs)
        let fixture = try QAFixture(glossary: stand)
        #expect(try fixture.findings("term-consistency", "Er stand zu seinem Wort.", source: "He stands by his word.", glossary: stand).isEmpty)
        #expect(try fixture.findings("term-consistency", "Er gesteht seinen Fehler.", source: "He stands by his mistake.", glossary: stand).count == 1)
    }

    /// A separable verb's finite form alone is mostly another verb's ("wies … zurück"): it counts only
    /// with its own particle later in the sentence, before a punctuation mark or the sentence's end.
    @Test func aSplitFormCountsOnlyWithItsParticleClosingTheClause() throws {
        let glossary = QAGlossary(entries: [.init(german: "ausweisen", english: "expel", status: .preferred)], verbForms: try GermanVerbFormsTests.fixture())
        let fixture = try QAFixture(glossary: glossary)
        let source = "Russia expelled two diplomats."
        #expect(try fixture.findings("term-consistency", "Russland wies zwei Diplomaten aus Protest aus.", source: source, glossary: glossary).isEmpty)
        for target in ["Russland wies die Vorwürfe zurück.", "Russland wies aus Protest die Vorwürfe zurück."] {
            #expect(try fixture.findings("term-consistency", target, source: source, glossary: glossary).map(\.text) == [target])
        }
    }

    /// A deprecated separable verb is flagged from its finite form to its particle, and only where
    /// the particle closes a clause of the same sentence.
    @Test func aDeprecatedSplitFormIsFlaggedUpToItsParticle() throws {
        let glossary = QAGlossary(entries: [.init(german: "Abschiebung", english: "expulsion", status: .preferred),
                                            .init(german: "abschieben", english: "expulsion", status: .deprecated)],
                                  verbForms: try GermanVerbFormsTests.fixture())
        let fixture = try QAFixture(glossary: glossary)
        let flagged = try fixture.findings("term-consistency", "Polen schob drei Diplomaten ab.", glossary: glossary)
        #expect(flagged.map(\.text) == ["schob drei Diplomaten ab"] && flagged.first?.severity == .error)
        #expect(try fixture.findings("term-consistency", "Polen schob den Termin auf. Die Diplomaten reisten ab.", glossary: glossary).isEmpty)
    }

    @Test func checksNeedingASourceAreSkippedWithoutOne() throws {
        let fixture = try QAFixture()
        let runner = try QARunner(checks: QARegistry.checks, resources: fixture.resources)
        let findings = runner.run(try fixture.input("Sie zahlten 1.500 Euro am Mittwoch."))
        #expect(findings.allSatisfy { !(QARegistry.check(id: $0.check)?.needsSource ?? true) })
    }

    @Test func registryIdsAreUniqueKebabCaseWithExplanations() {
        let ids = QARegistry.checks.map(\.id)
        #expect(Set(ids).count == ids.count)
        for check in QARegistry.checks {
            #expect(check.id.allSatisfy { $0.isLowercase || $0 == "-" })
            #expect(!check.title.isEmpty && check.explanation.count > 40)
        }
    }

    @Test func selectingUnknownChecksFails() throws {
        #expect(throws: QAError.unknownCheck("no-such-check")) { try QARegistry.select(only: ["no-such-check"], skip: []) }
        #expect(try QARegistry.select(only: [], skip: ["spelling"]).count == QARegistry.checks.count - 1)
    }

    @Test func glossaryTSVStatusesReachTheChecks() throws {
        let path = try CLIFixtureFile.write("Ausweisung\texpulsion\tnoun\tdiplomacy\t\tpreferred\nVertreibung\texpulsion\tnoun\tdiplomacy\t\tdeprecated\n")
        let glossary = QAGlossary(try CuratedGlossary.load(path: path))
        #expect(glossary.entries.map(\.status) == [.preferred, .deprecated])
    }
}

/// Writes a temporary fixture file.
enum CLIFixtureFile {
    static func write(_ text: String, name: String = "glossary.tsv") throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-qa-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}
