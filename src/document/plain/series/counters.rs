//! Counters as books write them: digits, roman numerals, number words.

use std::collections::HashMap;

/// What a word counts, if it is a counter: digits, a roman numeral, a
/// capital letter, or a number word (cardinal or ordinal) of one of the
/// languages books come in.
pub(super) fn counter_value(word: &str) -> Option<u32> {
    if word.is_empty() {
        return None;
    }
    if word.bytes().all(|b| b.is_ascii_digit()) {
        return word.parse().ok().filter(|&n| n > 0 && n < 1000);
    }
    if let Some(value) = roman(word).or_else(|| cjk_numeral(word)) {
        return Some(value);
    }
    static BY_WORD: std::sync::LazyLock<HashMap<&'static str, u32>> =
        std::sync::LazyLock::new(|| {
            NUMBER_WORDS
                .iter()
                .flat_map(|&(value, words)| words.split(' ').map(move |w| (w, value)))
                .collect()
        });
    if !word.chars().all(|c| c.is_alphabetic() || c == '-') {
        return None;
    }
    BY_WORD.get(word.to_lowercase().as_str()).copied()
}

/// A number in CJK numerals, 一 to 九百九十九 (`七`, `十二`, `二十三`), or
/// in full-width digits (`１２`).
pub(in crate::document::plain) fn cjk_numeral(word: &str) -> Option<u32> {
    let digit = |c: char| "〇一二三四五六七八九".chars().position(|d| d == c);
    if word.chars().all(|c| ('０'..='９').contains(&c)) && !word.is_empty() {
        let value = word.chars().try_fold(0u32, |n, c| {
            n.checked_mul(10)?.checked_add(c as u32 - '０' as u32)
        })?;
        return (1..1000).contains(&value).then_some(value);
    }
    let (mut total, mut pending) = (0u32, None::<u32>);
    for c in word.chars() {
        let unit = match c {
            '十' => 10,
            '百' => 100,
            _ => {
                if pending.is_some() {
                    return None;
                }
                pending = Some(digit(c)? as u32);
                continue;
            }
        };
        total += pending.take().unwrap_or(1) * unit;
    }
    let value = total + pending.unwrap_or(0);
    (1..1000).contains(&value).then_some(value)
}

/// A roman numeral in capitals (or small letters), I to CCC.
fn roman(word: &str) -> Option<u32> {
    let upper = word.to_ascii_uppercase();
    if upper != word && word.to_ascii_lowercase() != word {
        return None;
    }
    let digit = |c: char| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        _ => None,
    };
    let values: Option<Vec<u32>> = upper.chars().map(digit).collect();
    let values = values?;
    let mut total = 0;
    for (i, &v) in values.iter().enumerate() {
        if values.get(i + 1).is_some_and(|&next| next > v) {
            total -= v as i64;
        } else {
            total += v as i64;
        }
    }
    // Written as a numeral is: `IIII`, `VV` are not.
    (total > 0 && to_roman(total as u32) == upper).then_some(total as u32)
}

fn to_roman(mut n: u32) -> String {
    const TABLE: &[(u32, &str)] = &[
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for &(value, numeral) in TABLE {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

/// Number words, cardinal and ordinal, one to twenty: English, French,
/// German, Dutch, Swedish, Spanish, Italian, Portuguese, Latin, Esperanto,
/// Finnish (what Project Gutenberg's books are in, mostly).
const NUMBER_WORDS: &[(u32, &str)] = &[
    (
        1,
        "one first premier première un une erste erster erstes ersten eins een eerste ett en första primero primera primer uno primo prima um primeiro primeira unus primus prima unu unua yksi ensimmäinen",
    ),
    (
        2,
        "two second deuxième second seconde deux zweite zweiter zweites zweiten zwei twee tweede två andra segundo segunda dos secondo seconda due dois duas duo secundus alter du dua kaksi toinen",
    ),
    (
        3,
        "three third troisième trois dritte dritter drittes dritten drei drie derde tre tredje tercero tercera tres terzo terza três terceiro terceira tertius tri tria kolme kolmas",
    ),
    (
        4,
        "four fourth quatrième quatre vierte vierter viertes vierten vier vierde fyra fjärde cuarto cuarta cuatro quarto quarta quattro quatro quartus kvar kvara neljä neljäs",
    ),
    (
        5,
        "five fifth cinquième cinq fünfte fünfter fünftes fünften fünf vijf vijfde fem femte quinto quinta cinco cinque quintus kvin kvina viisi viides",
    ),
    (
        6,
        "six sixth sixième sechste sechster sechstes sechsten sechs zes zesde sex sjätte sexto sexta seis sesto sesta sei sextus ses sesa kuusi kuudes",
    ),
    (
        7,
        "seven seventh septième sept siebente siebenter siebentes siebte siebter siebtes siebten sieben zeven zevende sju sjunde séptimo séptima siete settimo settima sette sétimo sétima sete septimus sep sepa seitsemän seitsemäs",
    ),
    (
        8,
        "eight eighth huitième huit achte achter achtes achten acht achtste åtta åttonde octavo octava ocho ottavo ottava otto oitavo oitava oito octavus ok oka kahdeksan kahdeksas",
    ),
    (
        9,
        "nine ninth neuvième neuf neunte neunter neuntes neunten neun negen negende nio nionde noveno novena nueve nono nona nove nonus naŭ naŭa yhdeksän yhdeksäs",
    ),
    (
        10,
        "ten tenth dixième dix zehnte zehnter zehntes zehnten zehn tien tiende tio tionde décimo décima diez decimo decima dieci dez decimus dek deka kymmenen kymmenes",
    ),
    (
        11,
        "eleven eleventh onzième onze elfte elfter elftes elften elf elva elfte undécimo undécima once undicesimo undicesima undici undecimus dekunu dekunua",
    ),
    (
        12,
        "twelve twelfth douzième douze zwölfte zwölfter zwölftes zwölften zwölf twaalf twaalfde tolv tolfte duodécimo duodécima doce dodicesimo dodicesima dodici duodecimus dekdu dekdua",
    ),
    (
        13,
        "thirteen thirteenth treizième treize dreizehnte dreizehnter dreizehntes dreizehn dertien dertiende tretton trettonde trece tredicesimo tredici treze",
    ),
    (
        14,
        "fourteen fourteenth quatorzième quatorze vierzehnte vierzehnter vierzehntes vierzehn veertien veertiende fjorton fjortonde catorce quattordicesimo quattordici",
    ),
    (
        15,
        "fifteen fifteenth quinzième quinze fünfzehnte fünfzehnter fünfzehntes fünfzehn vijftien vijftiende femton femtonde quince quindicesimo quindici",
    ),
    (
        16,
        "sixteen sixteenth seizième seize sechzehnte sechzehnter sechzehntes sechzehn zestien zestiende sexton sextonde dieciséis sedicesimo sedici dezesseis",
    ),
    (
        17,
        "seventeen seventeenth dix-septième siebzehnte siebzehnter siebzehntes siebzehn zeventien zeventiende sjutton sjuttonde diecisiete diciassettesimo diciassette dezessete",
    ),
    (
        18,
        "eighteen eighteenth dix-huitième achtzehnte achtzehnter achtzehntes achtzehn achttien achttiende arton artonde dieciocho diciottesimo diciotto dezoito",
    ),
    (
        19,
        "nineteen nineteenth dix-neuvième neunzehnte neunzehnter neunzehntes neunzehn negentien negentiende nitton nittonde diecinueve diciannovesimo diciannove dezenove",
    ),
    (
        20,
        "twenty twentieth vingtième vingt zwanzigste zwanzigster zwanzigstes zwanzig twintig twintigste tjugo tjugonde veinte ventesimo venti vinte",
    ),
];
