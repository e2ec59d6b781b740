package dev.roundtable.bench;

import static dev.roundtable.bench.Vocabulary.list;
import static dev.roundtable.bench.Vocabulary.words;

import java.util.List;

/** English words for the realistic corpus, with both straight and curly apostrophes. */
final class English {
  private English() {}

  /** The English vocabulary. */
  static Vocabulary vocabulary() {
    return new Vocabulary("en", true,
        words("""
            work team manager decision experience trust person problem change chance career
            mentor feedback growth learning meeting project company customer goal result mistake
            courage question answer advice start step time week month year life relationship
            colleague boss plan strategy value culture office skill knowledge habit example story
            good hard new old important small large clear open honest calm quick slow real own
            every next first last make say think know want help listen ask teach change lead
            find build share try fail succeed understand accept improve explain grow hire review
            budget deadline roadmap release launch product engineer designer report survey board
            investor mentee promotion interview salary conversation lesson confidence patience
            curiosity failure success pressure risk reward network partner client supplier
            don't it's we're they'd you'll isn't team's people's can't there's
            don’t it’s we’re they’d you’ll isn’t manager’s customer’s won’t that’s
            honestly quietly rarely always often never usually carefully simply frankly
            remote hybrid quarterly weekly annual global local early late senior junior
            """),
        words("""
            the the the a a an to to of of and and in in is is that for on with as was at by
            it be this from or not but have are we you they I my our their your when if so
            about more than then because while after before into over just only also
            """),
        List.of(), ", ", List.of(". ", ". ", ". ", ". ", "? ", "! ", "; "),
        List.of("“", "”"),
        words("""
            Alice Ben Chloe Daniel Emma Farid Grace Hiro Isabel Jamal Kate Liam Maya Noah Olivia
            Priya Quinn Rosa Samuel Tara Umar Vera Wei Xavier Yara Zoe Aisha Marcus Elena Tom
            """),
        words("""
            Okafor Nguyen Smith Patel Johnson Garcia O'Brien Kowalski Chen Walker Adeyemi Brooks
            Fischer Haddad Ito Jensen Kim Lopez Murphy Novak Osei Rivera Singh Thompson Young
            """),
        false,
        list("""
            Chief Executive Officer | VP of Engineering | Head of People | Founder | Editor-in-Chief
            | Professor of Management | Director of Operations | Product Lead | Chief Technology
            Officer | Staff Engineer | Head of Design | Managing Partner"""),
        list("""
            Northwind Labs | Baker & Finch LLP | Blue Harbor Bank | Brightside Health | O'Neill
            Partners | Riverside University | Lumen Analytics | Greenfield & Co. | Atlas Robotics
            | The Daily Ledger | Harbor Point Capital | Juniper Schools"""),
        "%1$s at %2$s",
        list("""
            Leadership | Careers | Mentoring | Management | Remote work | Hiring | Engineering
            | Diversity & inclusion | Education | Startups"""),
        "Photo:", "Ask the Panel", "The Panel Review");
  }
}
