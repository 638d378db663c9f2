package org.warledger.cli.importer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * ISO 3166-1 alpha-2 codes for the country names GED uses in South and Central Asia, the Middle
 * East and their neighbours. GED spells some names its own way ("Myanmar (Burma)", "Yemen (North
 * Yemen)"), so the table is explicit rather than derived from JDK display names, which also
 * change between JDK versions.
 */
final class CountryCodes {

  private static final Map<String, String> BY_NAME = new HashMap<>();
  private static final Map<String, String> BY_ALPHA3 = new HashMap<>();

  static {
    String[][] table = {
        {"Afghanistan", "AF"}, {"Pakistan", "PK"}, {"India", "IN"}, {"Bangladesh", "BD"},
        {"Sri Lanka", "LK"}, {"Nepal", "NP"}, {"Bhutan", "BT"}, {"Maldives", "MV"},
        {"Myanmar (Burma)", "MM"}, {"Myanmar", "MM"}, {"China", "CN"},
        {"Iran", "IR"}, {"Iraq", "IQ"}, {"Syria", "SY"}, {"Turkey", "TR"}, {"Türkiye", "TR"},
        {"Lebanon", "LB"}, {"Israel", "IL"}, {"Palestine", "PS"}, {"Jordan", "JO"},
        {"Saudi Arabia", "SA"}, {"Yemen (North Yemen)", "YE"}, {"Yemen", "YE"}, {"Oman", "OM"},
        {"United Arab Emirates", "AE"}, {"Qatar", "QA"}, {"Bahrain", "BH"}, {"Kuwait", "KW"},
        {"Egypt", "EG"}, {"Libya", "LY"}, {"Sudan", "SD"}, {"Cyprus", "CY"},
        {"Tajikistan", "TJ"}, {"Uzbekistan", "UZ"}, {"Turkmenistan", "TM"},
        {"Kyrgyzstan", "KG"}, {"Kazakhstan", "KZ"}, {"Azerbaijan", "AZ"}, {"Armenia", "AM"},
        {"Georgia", "GE"}, {"Russia (Soviet Union)", "RU"}, {"Russia", "RU"},
    };
    for (String[] row : table) {
      BY_NAME.put(row[0].toLowerCase(Locale.ROOT), row[1]);
    }
    for (String alpha2 : Locale.getISOCountries()) {
      BY_ALPHA3.put(new Locale("", alpha2).getISO3Country(), alpha2);
    }
  }

  private CountryCodes() {}

  /** Alpha-2 code for a GED country name, else for an ISO alpha-3 code, else null. */
  static String alpha2(String countryName, String iso3) {
    String byName = countryName == null ? null : BY_NAME.get(countryName.toLowerCase(Locale.ROOT));
    if (byName != null || iso3 == null) {
      return byName;
    }
    return BY_ALPHA3.get(iso3.toUpperCase(Locale.ROOT));
  }
}
