package dev.roundtable.bench;

import static dev.roundtable.bench.Vocabulary.list;
import static dev.roundtable.bench.Vocabulary.words;

import java.util.List;

/** Czech words for the realistic corpus: a Latin script with many diacritics. */
final class Czech {
  private Czech() {}

  /** The Czech vocabulary. */
  static Vocabulary vocabulary() {
    return new Vocabulary("cs", true,
        words("""
            práce tým vedoucí rozhodnutí zkušenost důvěra člověk řešení úkol změna příležitost
            kariéra mentor zpětná vazba růst učení schůzka projekt firma zákazník cíl výsledek
            chyba odvaha otázka odpověď rada začátek krok čas týden měsíc rok život vztah kolega
            kolegyně šéf porada plán strategie hodnota kultura prostředí dovednost znalost
            schopnost příklad příběh dobrý těžký nový starý důležitý malý velký jasný otevřený
            upřímný klidný rychlý pomalý skutečný vlastní každý další první poslední dělat říct
            myslet vědět chtít muset pomáhat naslouchat ptát učit měnit vést hledat najít budovat
            sdílet zkoušet selhat uspět pochopit přijmout zlepšit vysvětlit rozvíjet rozpočet
            termín vydání produkt vývojář návrhářka průzkum představenstvo povýšení pohovor mzda
            rozhovor lekce sebevědomí trpělivost zvědavost neúspěch úspěch tlak riziko odměna
            síť partner dodavatel upřímně tiše zřídka vždy často nikdy obvykle pečlivě jednoduše
            vzdálený čtvrtletní týdenní roční místní brzy pozdě zkušený začínající úřad dílna
            """),
        words("""
            a a a v v na na se se je je to že s z do k o i jak když ale protože jsem jsme byl by
            není také už ještě tak pro při před po mezi nebo který která své nám jim jen více
            """),
        List.of(), ", ", List.of(". ", ". ", ". ", ". ", "? ", "! ", "; "),
        List.of("„", "“"),
        words("""
            Jana Petr Lucie Tomáš Kateřina Jiří Markéta Ondřej Zuzana Lukáš Eliška Vojtěch Hana
            Radek Šárka Matěj Veronika Štěpán Dagmar Přemysl
            """),
        words("""
            Nováková Dvořák Černá Procházka Horáková Kučera Veselá Šťastný Králová Růžička
            Pokorná Němec Marešová Hájek Jelínková Bartoš Šimková Říha Zemanová Kříž
            """),
        false,
        list("""
            ředitelka | vedoucí vývoje | zakladatel | personální ředitel | šéfredaktorka
            | profesor managementu | produktová manažerka | technický ředitel | vedoucí
            designu | partnerka"""),
        list("""
            Horizont Software s.r.o. | Nadace Růst | Vltava Data a.s. | Univerzita Jižní Moravy
            | Kavárna & Pražírna Brno | Šumava Energie | Nakladatelství Úsvit | Dílna Čtyři
            Živly | Orlík Bank | Střední škola Žižkov"""),
        "%1$s ve společnosti %2$s",
        list("""
            Vedení | Kariéra | Mentoring | Řízení | Práce na dálku | Nábor | Vývoj | Vzdělávání
            | Začínající firmy | Rozmanitost"""),
        "Foto:", "Ptejte se poroty", "Poradna pro vedoucí");
  }
}
