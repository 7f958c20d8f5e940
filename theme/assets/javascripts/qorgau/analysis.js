/*
 * Qorgau search terms for Russian, Kazakh and English, in the browser.
 *
 * The same functions, tables and results as qorgau/search/analysis.py (the reference); the
 * shared cases in tests/vectors/*.tsv must pass on both. A classic script: it works from
 * file:// through <script src>, defines the global QorgauAnalysis, and in node sets
 * module.exports. Names follow the Python API (tokens, fold_query, citation, stem, ...).
 *
 * Russian: our implementation of the Snowball Russian algorithm (snowballstem.org), equal to
 * snowballstemmer 3.1.1. English: the stemmer of lunr.js 2.3.9, copied with its MIT notice below.
 * Kazakh: our own folding and suffix stripper, described in qorgau/search/stem_kk.py.
 */
(function (root) {
  "use strict";

  var LANGUAGES = ["ru", "kk", "en"];

  // ---- Normalisation and tokens (analysis.py) ----------------------------------------------
  var LETTER = "a-z\u00df-\u00f6\u00f8-\u024f\u0259\u0430-\u045f\u0460-\u0481\u048a-\u052f";
  var TOKEN_RE = new RegExp("[0-9]+(?:-[0-9]+)+|[0-9" + LETTER + "]+", "g");
  var INVISIBLE_RE = /[\u00ad\u200b-\u200f\u2060\ufeff\u0300-\u036f]/g;
  var HYPHENS_RE = /[\u2010\u2011]/g;
  var CYRILLIC_RE = /[\u0400-\u052f]/;
  var LATIN_RE = /[a-z\u00df-\u00f6\u00f8-\u024f]/g;
  var LOOKALIKES = {
    a: "а", b: "в", c: "с", e: "е", h: "н", i: "і", k: "к", m: "м",
    o: "о", p: "р", t: "т", x: "х", y: "у"
  };

  function normalise(text) {
    return text.toLowerCase().normalize("NFC").replace(INVISIBLE_RE, "").replace(HYPHENS_RE, "-");
  }

  function tokenise(text) {
    return text.match(TOKEN_RE) || [];
  }

  function normalise_word(word) {
    word = word.replace(/ё/g, "е").replace(/\u0259/g, "\u04d9");
    if (CYRILLIC_RE.test(word)) {
      var latin = word.match(LATIN_RE);
      if (latin && latin.every(function (ch) { return LOOKALIKES.hasOwnProperty(ch); })) {
        word = word.replace(LATIN_RE, function (ch) { return LOOKALIKES[ch]; });
      }
    }
    return word;
  }

  function wordSet(words) {
    var set = Object.create(null);
    words.forEach(function (w) { set[w] = true; });
    return set;
  }

  // ---- Russian: Snowball Russian ----------------------------------------------------------
  var RU_STOP = wordSet((
    "а в во на над надо о об обо от ото по под подо при про с со у к ко из изо за до для " +
    "через перед пред между среди около возле вокруг ради сквозь вместо вдоль " +
    "и или либо но да же ли ни не бы б ведь вот вон уж уже еще лишь только даже именно " +
    "что чтобы чтоб как так также тоже то если когда пока хотя хоть потому поэтому ибо будто " +
    "чем тем зато причем притом однако " +
    "я мы ты вы он она оно они меня мне мной мною нас нам нами тебя тебе тобой тобою вас вам вами " +
    "его него ему нему им ним ее нее ей ней ею нею их них ими ними " +
    "себя себе собой собою свой своя свое свои своего своей своему своим своих своими свою своем " +
    "мой моя мое мои наш наша наше наши ваш ваша ваше ваши твой твоя твое твои " +
    "этот эта это эти этого этой этому этим этих этими эту этом " +
    "тот та те того той тому тех теми ту том " +
    "который которая которое которые которого которой которому которым которых которыми " +
    "которую котором " +
    "такой такая такое такие такого таком таким таких такую " +
    "быть был была было были будет будут есть являться является являются являлся являлась " +
    "являлось являлись " +
    "где куда откуда там тут здесь туда сюда оттуда " +
    "й го му ми х ый ий ая ое ые ого ому ым ых ую"
  ).split(" "));

  // Suffix lists of the published algorithm; group 1 needs а or я before it (inside RV).
  function suffixes(group1, group2) {
    var list = [];
    group1.split(" ").forEach(function (s) { if (s) list.push({ s: s, g: 1 }); });
    (group2 || "").split(" ").forEach(function (s) { if (s) list.push({ s: s, g: 2 }); });
    return list.sort(function (a, b) { return b.s.length - a.s.length; });
  }
  var RU_GERUND = suffixes("в вши вшись", "ив ивши ившись ыв ывши ывшись");
  var RU_ADJECTIVE = suffixes("ее ие ое ые ими ыми ей ий ой ый ем им ом ым его ого ему ому " +
    "их ых ую юю ая яя ою ею");
  var RU_PARTICIPLE = suffixes("ем нн вш ющ щ", "ивш ывш ующ");
  var RU_REFLEXIVE = suffixes("ся сь");
  var RU_VERB = suffixes("ла на ете йте ли й л ем н ло но нно ет ют ны ть ешь",
    "ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены " +
    "ить ыть ишь ую ю");
  var RU_NOUN = suffixes("а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам " +
    "ом о у ах иях ях ы ь ию ью ю ия ья я");
  var RU_DERIVATIONAL = suffixes("ост ость");
  var RU_TIDY = suffixes("ейше ейш н ь");
  var RU_VOWELS = "аеиоуыэюя";

  function ruVowel(ch) { return RU_VOWELS.indexOf(ch) >= 0; }

  function longest(word, list) {
    for (var i = 0; i < list.length; i++) {
      var s = list[i].s;
      if (word.length >= s.length && word.slice(word.length - s.length) === s) return list[i];
    }
    return null;
  }

  // A group 1 ending must follow а or я, itself inside RV.
  function fits(rv, m) {
    if (m.g === 2) return true;
    var ch = rv.charAt(rv.length - m.s.length - 1);
    return rv.length > m.s.length && (ch === "а" || ch === "я");
  }

  function cut(word, n) { return word.slice(0, word.length - n); }

  function stemRu(word) {
    var w = word.replace(/ё/g, "е");
    var n = w.length, i = 0;
    while (i < n && !ruVowel(w.charAt(i))) i++;
    if (i >= n) return w;
    var pV = i + 1, p2 = n, j = pV;
    // R2: after a vowel, a non-vowel, a vowel and a non-vowel, counted from RV.
    while (j < n && ruVowel(w.charAt(j))) j++;
    if (j < n) {
      j++;
      while (j < n && !ruVowel(w.charAt(j))) j++;
      if (j < n) {
        j++;
        while (j < n && ruVowel(w.charAt(j))) j++;
        if (j < n) p2 = j + 1;
      }
    }
    var rv = w.slice(pV), m;
    // Step 1
    m = longest(rv, RU_GERUND);
    if (m && fits(rv, m)) {
      rv = cut(rv, m.s.length);
    } else {
      m = longest(rv, RU_REFLEXIVE);
      if (m) rv = cut(rv, m.s.length);
      m = longest(rv, RU_ADJECTIVE);
      if (m) {
        rv = cut(rv, m.s.length);
        m = longest(rv, RU_PARTICIPLE);
        if (m && fits(rv, m)) rv = cut(rv, m.s.length);
      } else {
        m = longest(rv, RU_VERB);
        if (m && fits(rv, m)) {
          rv = cut(rv, m.s.length);
        } else {
          m = longest(rv, RU_NOUN);
          if (m) rv = cut(rv, m.s.length);
        }
      }
    }
    // Step 2
    if (rv.charAt(rv.length - 1) === "и") rv = cut(rv, 1);
    // Step 3: -ост(ь) inside R2
    m = longest(rv, RU_DERIVATIONAL);
    if (m && pV + rv.length - m.s.length >= p2) rv = cut(rv, m.s.length);
    // Step 4
    m = longest(rv, RU_TIDY);
    if (m) {
      if (m.s === "ь") {
        rv = cut(rv, 1);
      } else {
        if (m.s !== "н") rv = cut(rv, m.s.length);
        if (rv.slice(-2) === "нн") rv = cut(rv, 1);
      }
    }
    return w.slice(0, pV) + rv;
  }

  // ---- Kazakh (stem_kk.py) ----------------------------------------------------------------
  var KK_FOLD_FROM = "әөүұіқғңһ", KK_FOLD_TO = "аоууикгнх";
  var KK_FOLD_RE = /[әөүұіқғңһ]/g;

  function foldKk(word) {
    return word.replace(KK_FOLD_RE, function (ch) { return KK_FOLD_TO.charAt(KK_FOLD_FROM.indexOf(ch)); });
  }

  var KK_VOWELS = "аеиоуыэюя";
  var KK_V = "аеиоыэюя";
  var KK_VOICELESS = "кпстфхцчшщ";
  var KK_CONDITIONS = {
    V: KK_V,
    C: "бвгджзйлмнрцуфхкпстчшщ",
    T: KK_VOICELESS,
    D: KK_V + "бвгджзйлмнру",
    Z: "бвгджзйлмнру",
    P: "ыи",
    N: KK_V + "мн",
    M: "ыимн",
    L: KK_V + "рйу",
    R: "лмнзж",
    A: "аеиоуыэюя"
  };
  var KK_S = "аеоэюя";

  function kkTable(rows) {
    var table = [];
    rows.forEach(function (row) {
      row[1].split(" ").forEach(function (s) { table.push([s, row[0]]); });
    });
    // Longest first. Among equal lengths order cannot matter: a word ends in at most one.
    return table.sort(function (a, b) { return b[0].length - a[0].length; });
  }
  var KK_CASE = kkTable([
    ["N", "нын нин"], ["Z", "дын дин"], ["T", "тын тин"],
    ["M", "нан нен"], ["D", "дан ден"], ["T", "тан тен"],
    ["P", "нда нде"], ["D", "да де"], ["T", "та те"],
    ["P", "ндагы ндеги"], ["D", "дагы деги"], ["T", "тагы теги"],
    ["P", "на не"], ["D", "га ге"], ["T", "ка ке"],
    ["A", "н"], ["V", "ны ни"], ["Z", "ды ди"], ["T", "ты ти"],
    ["D", "мен бен"], ["T", "пен"]
  ]);
  var KK_POSSESSIVE = kkTable([["S", "сы си"], ["V", "ныз низ"], ["C", "ы и ымыз имиз"]]);
  var KK_PLURAL = kkTable([["L", "лар лер"], ["R", "дар дер"], ["T", "тар тер"]]);
  var KK_CLASSES = [KK_CASE, KK_POSSESSIVE, KK_PLURAL];
  var KK_MIN_STEM = 2;
  var KK_VERBAL_NOUN = "у", KK_MIN_VERB_STEM = 3;
  var KK_PROTECTED = wordSet(("орган орын тұлға төраға баға сауда мүдде елорда отбасы қаулы " +
    "қорытынды кеңес кеден бас жас екі").split(" ").map(foldKk));
  var KK_STOP = wordSet((
    "және мен бен пен да де та те ма ме ба бе па пе ғой ғана қана тек ал бірақ алайда немесе не " +
    "я яки әлде егер өйткені сондықтан сондай ақ әрі яғни емес " +
    "сен ол біз сіз олар сендер сіздер өз өзі өзінің өздері өздерінің менің сенің оның біздің " +
    "сіздің олардың маған саған оған бізге сізге оларға мені сені оны бізді сізді оларды онда " +
    "одан онымен олармен бұл осы сол мына анау мынау осындай мұндай мұның бұның осының соның " +
    "бұған осыған соған мұны бұны осыны соны мұнда осында сонда бұдан осыдан содан кім қандай " +
    "қай қайда қашан қалай неге әр әрбір барлық бүкіл кейбір ешбір ешкім әркім " +
    "үшін туралы бойынша арқылы дейін шейін кейін бері қарай сияқты секілді сайын бірге қоса " +
    "жөнінде жөніндегі болып табылады " +
    "ші шы інші ыншы нші ншы"
  ).split(" ").map(foldKk));

  function kkHasVowel(word) {
    for (var i = 0; i < word.length; i++) if (KK_VOWELS.indexOf(word.charAt(i)) >= 0) return true;
    return false;
  }

  function kkAllowed(stem, cond, floor) {
    if (stem.length < floor || !kkHasVowel(stem)) return false;
    var last = stem.charAt(stem.length - 1);
    if (cond === "S") {
      var tail = stem.slice(-2);
      return KK_S.indexOf(last) >= 0 || tail === "шы" || tail === "ши" || KK_PROTECTED[stem] === true;
    }
    return !cond || KK_CONDITIONS[cond].indexOf(last) >= 0;
  }

  function kkStripOnce(word, table, floor) {
    for (var i = 0; i < table.length; i++) {
      var s = table[i][0];
      if (word.length > s.length && word.slice(word.length - s.length) === s) {
        var stem = word.slice(0, word.length - s.length);
        if (kkAllowed(stem, table[i][1], floor)) return stem;
      }
    }
    return word;
  }

  function kkFloor(word) {
    for (var end = word.length; end > KK_MIN_STEM; end--) {
      if (KK_PROTECTED[word.slice(0, end)] === true) return end;
    }
    return KK_MIN_STEM;
  }

  function stemKk(word) {
    word = foldKk(word);
    var floor = kkFloor(word), before;
    do {
      before = word;
      for (var c = 0; c < KK_CLASSES.length; c++) word = kkStripOnce(word, KK_CLASSES[c], floor);
    } while (word !== before);
    var verb = word.slice(0, -KK_VERBAL_NOUN.length);
    if (word.slice(-KK_VERBAL_NOUN.length) === KK_VERBAL_NOUN && verb.length >= Math.max(KK_MIN_VERB_STEM, floor) &&
        kkHasVowel(verb)) word = verb;
    var last = word.charAt(word.length - 1);
    if (last === "б") word = word.slice(0, -1) + "п";
    else if (last === "г") word = word.slice(0, -1) + "к";
    return word;
  }

  // ---- English: lunr.js 2.3.9 -------------------------------------------------------------
  var EN_STOP = wordSet(("a able about across after all almost also am among an and any are as " +
    "at be because been but by can cannot could dear did do does either else ever every for " +
    "from get got had has have he her hers him his how however i if in into is it its just " +
    "least let like likely may me might most must my neither no nor not of off often on only " +
    "or other our own rather said say says she should since so some than that the their them " +
    "then there these they this tis to too twas us wants was we were what when where which " +
    "while who whom why will with would yet you your").split(" "));

  /*!
   * lunr.stemmer
   * Copyright (C) 2020 Oliver Nightingale
   * Includes code from - http://tartarus.org/~martin/PorterStemmer/js.txt
   *
   * From lunr.js 2.3.9 lib/stemmer.js (MIT License, Copyright (C) 2013 by Oliver Nightingale),
   * unchanged but for the wrapper: porterStemmer is used on plain strings, not lunr.Token.
   */
  var stemEn = (function () {
    var step2list = {
        "ational" : "ate",
        "tional" : "tion",
        "enci" : "ence",
        "anci" : "ance",
        "izer" : "ize",
        "bli" : "ble",
        "alli" : "al",
        "entli" : "ent",
        "eli" : "e",
        "ousli" : "ous",
        "ization" : "ize",
        "ation" : "ate",
        "ator" : "ate",
        "alism" : "al",
        "iveness" : "ive",
        "fulness" : "ful",
        "ousness" : "ous",
        "aliti" : "al",
        "iviti" : "ive",
        "biliti" : "ble",
        "logi" : "log"
      },

      step3list = {
        "icate" : "ic",
        "ative" : "",
        "alize" : "al",
        "iciti" : "ic",
        "ical" : "ic",
        "ful" : "",
        "ness" : ""
      },

      c = "[^aeiou]",          // consonant
      v = "[aeiouy]",          // vowel
      C = c + "[^aeiouy]*",    // consonant sequence
      V = v + "[aeiou]*",      // vowel sequence

      mgr0 = "^(" + C + ")?" + V + C,               // [C]VC... is m>0
      meq1 = "^(" + C + ")?" + V + C + "(" + V + ")?$",  // [C]VC[V] is m=1
      mgr1 = "^(" + C + ")?" + V + C + V + C,       // [C]VCVC... is m>1
      s_v = "^(" + C + ")?" + v;                   // vowel in stem

    var re_mgr0 = new RegExp(mgr0);
    var re_mgr1 = new RegExp(mgr1);
    var re_meq1 = new RegExp(meq1);
    var re_s_v = new RegExp(s_v);

    var re_1a = /^(.+?)(ss|i)es$/;
    var re2_1a = /^(.+?)([^s])s$/;
    var re_1b = /^(.+?)eed$/;
    var re2_1b = /^(.+?)(ed|ing)$/;
    var re_1b_2 = /.$/;
    var re2_1b_2 = /(at|bl|iz)$/;
    var re3_1b_2 = new RegExp("([^aeiouylsz])\\1$");
    var re4_1b_2 = new RegExp("^" + C + v + "[^aeiouwxy]$");

    var re_1c = /^(.+?[^aeiou])y$/;
    var re_2 = /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;

    var re_3 = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/;

    var re_4 = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/;
    var re2_4 = /^(.+?)(s|t)(ion)$/;

    var re_5 = /^(.+?)e$/;
    var re_5_1 = /ll$/;
    var re3_5 = new RegExp("^" + C + v + "[^aeiouwxy]$");

    var porterStemmer = function porterStemmer(w) {
      var stem,
        suffix,
        firstch,
        re,
        re2,
        re3,
        re4;

      if (w.length < 3) { return w; }

      firstch = w.substr(0,1);
      if (firstch == "y") {
        w = firstch.toUpperCase() + w.substr(1);
      }

      // Step 1a
      re = re_1a
      re2 = re2_1a;

      if (re.test(w)) { w = w.replace(re,"$1$2"); }
      else if (re2.test(w)) { w = w.replace(re2,"$1$2"); }

      // Step 1b
      re = re_1b;
      re2 = re2_1b;
      if (re.test(w)) {
        var fp = re.exec(w);
        re = re_mgr0;
        if (re.test(fp[1])) {
          re = re_1b_2;
          w = w.replace(re,"");
        }
      } else if (re2.test(w)) {
        var fp = re2.exec(w);
        stem = fp[1];
        re2 = re_s_v;
        if (re2.test(stem)) {
          w = stem;
          re2 = re2_1b_2;
          re3 = re3_1b_2;
          re4 = re4_1b_2;
          if (re2.test(w)) { w = w + "e"; }
          else if (re3.test(w)) { re = re_1b_2; w = w.replace(re,""); }
          else if (re4.test(w)) { w = w + "e"; }
        }
      }

      // Step 1c - replace suffix y or Y by i if preceded by a non-vowel which is not the first letter of the word (so cry -> cri, by -> by, say -> say)
      re = re_1c;
      if (re.test(w)) {
        var fp = re.exec(w);
        stem = fp[1];
        w = stem + "i";
      }

      // Step 2
      re = re_2;
      if (re.test(w)) {
        var fp = re.exec(w);
        stem = fp[1];
        suffix = fp[2];
        re = re_mgr0;
        if (re.test(stem)) {
          w = stem + step2list[suffix];
        }
      }

      // Step 3
      re = re_3;
      if (re.test(w)) {
        var fp = re.exec(w);
        stem = fp[1];
        suffix = fp[2];
        re = re_mgr0;
        if (re.test(stem)) {
          w = stem + step3list[suffix];
        }
      }

      // Step 4
      re = re_4;
      re2 = re2_4;
      if (re.test(w)) {
        var fp = re.exec(w);
        stem = fp[1];
        re = re_mgr1;
        if (re.test(stem)) {
          w = stem;
        }
      } else if (re2.test(w)) {
        var fp = re2.exec(w);
        stem = fp[1] + fp[2];
        re2 = re_mgr1;
        if (re2.test(stem)) {
          w = stem;
        }
      }

      // Step 5
      re = re_5;
      if (re.test(w)) {
        var fp = re.exec(w);
        stem = fp[1];
        re = re_mgr1;
        re2 = re_meq1;
        re3 = re3_5;
        if (re.test(stem) || (re2.test(stem) && !(re3.test(stem)))) {
          w = stem;
        }
      }

      re = re_5_1;
      re2 = re_mgr1;
      if (re.test(w) && re2.test(w)) {
        re = re_1b_2;
        w = w.replace(re,"");
      }

      // and turn initial Y back to y

      if (firstch == "y") {
        w = firstch.toLowerCase() + w.substr(1);
      }

      return w;
    };

    return porterStemmer;
  })();

  // ---- Pipeline (analysis.py) -------------------------------------------------------------
  var STEMMERS = { ru: stemRu, kk: stemKk, en: stemEn };
  var STOP = { ru: RU_STOP, kk: KK_STOP, en: EN_STOP };
  var CACHE_LIMIT = 50000;
  var cache = { ru: new Map(), kk: new Map(), en: new Map() };

  function check(lang) {
    if (!STEMMERS.hasOwnProperty(lang)) {
      throw new Error("language '" + lang + "' is not one of " + LANGUAGES.join(", "));
    }
  }

  function stem(word, lang) {
    check(lang);
    word = normalise_word(word);
    if (lang === "kk") word = foldKk(word);
    return STEMMERS[lang](word);
  }

  // The term of one token, or null for a stop word; memoised, since word forms repeat.
  function term(word, lang) {
    var memo = cache[lang], t = memo.get(word);
    if (t !== undefined) return t;
    var w = normalise_word(word);
    if (lang === "kk") w = foldKk(w);
    t = STOP[lang][w] === true ? null : STEMMERS[lang](w);
    if (memo.size >= CACHE_LIMIT) memo.clear();
    memo.set(word, t);
    return t;
  }

  function tokens(text, lang) {
    check(lang);
    var words = tokenise(normalise(text)), out = [];
    for (var i = 0; i < words.length; i++) {
      var t = term(words[i], lang);
      if (t !== null) out.push(t);
    }
    return out;
  }

  function fold_query(text, lang) {
    return tokens(text, lang);
  }

  // ---- Citations (analysis.py) ------------------------------------------------------------
  var CITATION_ACTS = {
    "ук": "kz/uk", "кк": "kz/uk",
    "упк": "kz/upk", "кпк": "kz/upk",
    "уик": "kz/uik", "кажк": "kz/uik",
    "iccpr": "int/iccpr", "мпгпп": "int/iccpr", "cat": "int/cat", "opcat": "int/opcat"
  };
  var CONSTITUTION_PREFIXES = ["конституци", "constitution"];
  var CITATION_QUALIFIERS = wordSet(["рк", "кр", "rk", "kz"]);
  var ARTICLE_WORDS = wordSet(["ст", "статей", "art", "article", "articles"]);
  var CITATION_SHAPES = wordSet(["MN", "NM", "AN", "NA", "MNA", "NMA", "AMN", "ANM"]);
  var NUMBER_RE = /^[0-9]+(?:-[0-9]+)*$/;

  function citationKind(word) {
    if (NUMBER_RE.test(word)) return ["N", word];
    word = foldKk(normalise_word(word));
    if (CITATION_QUALIFIERS[word] === true) return ["", ""];
    if (CITATION_ACTS.hasOwnProperty(word)) return ["A", CITATION_ACTS[word]];
    for (var i = 0; i < CONSTITUTION_PREFIXES.length; i++) {
      if (word.indexOf(CONSTITUTION_PREFIXES[i]) === 0) return ["A", "kz/konst"];
    }
    if (ARTICLE_WORDS[word] === true || word.indexOf("стать") === 0 || stemKk(word) === "бап") {
      return ["M", ""];
    }
    return null;
  }

  // [act key or null, article number] if the whole query cites an article, else null.
  function citation(text) {
    var words = tokenise(normalise(text)), shape = "", act = null, number = "";
    for (var i = 0; i < words.length; i++) {
      var kind = citationKind(words[i]);
      if (kind === null) return null;
      if (kind[0] === "A") act = kind[1];
      else if (kind[0] === "N") number = kind[1];
      shape += kind[0];
    }
    return CITATION_SHAPES[shape] === true ? [act, number] : null;
  }

  var api = {
    LANGUAGES: LANGUAGES,
    normalise: normalise,
    tokenise: tokenise,
    normalise_word: normalise_word,
    stem: stem,
    tokens: tokens,
    fold_query: fold_query,
    citation: citation,
    // Tables, exposed so a test can check they equal the Python ones.
    tables: {
      LOOKALIKES: LOOKALIKES,
      STOP_WORDS: { ru: Object.keys(RU_STOP), kk: Object.keys(KK_STOP), en: Object.keys(EN_STOP) },
      KK_CONDITIONS: KK_CONDITIONS,
      KK_CLASSES: KK_CLASSES,
      KK_PROTECTED: Object.keys(KK_PROTECTED),
      CITATION_ACTS: CITATION_ACTS,
      CITATION_SHAPES: Object.keys(CITATION_SHAPES)
    }
  };

  root.QorgauAnalysis = api;
  if (typeof module !== "undefined" && module.exports) module.exports = api;
})(typeof globalThis !== "undefined" ? globalThis : this);
