package dev.roundtable.model;

/**
 * The model's classes of code points: which show nothing (the rule behind every field that must
 * not be blank) and which are noncharacters. What each output context writes for a code point
 * is the text module's policy, not the model's.
 */
final class CodePoints {
  private CodePoints() {}

  /** Whether the code point is one of the 66 noncharacters: U+FDD0 to U+FDEF, U+xFFFE, U+xFFFF. */
  static boolean isNoncharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }

  /**
   * Whether the code point shows nothing on its own, so that text made only of such code points
   * reads as empty: white space (the Unicode spaces and separators included), controls (Cc),
   * format characters (Cf: U+200B, U+200E, U+2060, U+FEFF, U+00AD, the tags...), the
   * noncharacters (HTML shows them as U+FFFD, feeds drop them), the other default-ignorable
   * code points (U+034F, the variation selectors, the Hangul fillers, U+115F, U+17B4, the
   * Mongolian free variation selectors, U+FFF0 to U+FFF8, the plane-14 block) and U+2800, the
   * blank braille pattern.
   */
  static boolean isInvisible(int cp) {
    if (cp < 0x7F) {
      return cp <= 0x20;
    }
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
      default -> isNoncharacter(cp) || cp == 0x034F || cp == 0x115F || cp == 0x1160
          || cp == 0x17B4 || cp == 0x17B5 || (cp >= 0x180B && cp <= 0x180F)
          || (cp >= 0x2060 && cp <= 0x206F) || cp == 0x2800 || cp == 0x3164
          || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFFA0 || (cp >= 0xFFF0 && cp <= 0xFFF8)
          || (cp >= 0xE0000 && cp <= 0xE0FFF);
    };
  }
}
