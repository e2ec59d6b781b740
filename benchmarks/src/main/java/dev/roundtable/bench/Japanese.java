package dev.roundtable.bench;

import static dev.roundtable.bench.Vocabulary.list;
import static dev.roundtable.bench.Vocabulary.words;

/**
 * Japanese words for the realistic corpus: kanji, hiragana and katakana without spaces, nouns
 * joined by particles, sentences closed by a verb ending, and the odd Latin word.
 */
final class Japanese {
  private Japanese() {}

  /** The Japanese vocabulary. */
  static Vocabulary vocabulary() {
    return new Vocabulary("ja", false,
        words("""
            仕事 チーム 上司 判断 経験 信頼 人 課題 変化 機会 キャリア メンター フィードバック
            成長 学び 会議 プロジェクト 会社 お客様 目標 結果 失敗 勇気 質問 答え 助言 始まり
            一歩 時間 毎週 毎月 一年 人生 関係 同僚 部長 計画 戦略 価値 文化 環境 技術 知識
            能力 例 話 新人 現場 組織 対話 責任 自信 習慣 未来 過去 気持ち 相談 挑戦 評価 面談
            資料 提案 品質 ソフトウェア データ リーダー マネージャー エンジニア デザイン
            サービス ユーザー 予算 締め切り 製品 調査 昇進 面接 給料 教訓 忍耐 好奇心 成功
            圧力 危険 報酬 取引先 在宅勤務 四半期 若手 先輩 後輩 研修 職場 働き方 AI CEO
            """),
        words("""
            は は が が を を に に で と の の の も から まで より へ について として
            """),
        words("""
            大切です 考えます 学びました 変わりました 必要です 話しました 始めました
            続けています と思います かもしれません わかりました 役に立ちます 難しいです
            楽しいです 増えました 気づきました 決めました 助かりました 選びました 伝えます
            """),
        "、", words("。 。 。 。 ？ ！"), words("「 」"),
        words("""
            美咲 翔太 陽菜 大輝 結衣 拓海 さくら 健 由美 直樹 愛子 蓮 花子 悠真 真央 和也
            """),
        words("""
            佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 松本 井上 木村 林
            """),
        true,
        list("""
            代表取締役 | 開発部長 | 創業者 | 人事責任者 | 編集長 | 経営学教授
            | プロダクトマネージャー | 最高技術責任者 | デザイン責任者 | パートナー"""),
        list("""
            株式会社サクラ技研 | みらい銀行 | 北斗出版 | 東都大学 | 日本ソフト株式会社
            | 合同会社あおば | 緑が丘高校 | 株式会社 Tokyo & Co. | ひかり病院 | 湊町コーヒー"""),
        "%2$s %1$s",
        list("""
            リーダーシップ | キャリア | メンタリング | マネジメント | 在宅勤務 | 採用 | 開発
            | 教育 | スタートアップ | 多様性"""),
        "写真：", "専門家に聞く", "リーダーの相談室");
  }
}
