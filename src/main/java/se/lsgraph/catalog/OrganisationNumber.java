package se.lsgraph.catalog;

/**
 * A Swedish organisation number (organisationsnummer), written NNNNNN-NNNN: ten digits whose last is
 * a Luhn check digit over the first nine, as Skatteverket assigns them.
 */
final class OrganisationNumber {
    private OrganisationNumber() {}

    static boolean isValid(String number) {
        if (!number.matches("\\d{6}-\\d{4}"))
            return false;
        String digits = number.replace("-", "");
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10 == digits.charAt(9) - '0';
    }

    /** The form Sweden's data portal uses in organisation IRIs: "SE" and the ten digits. */
    static String portalForm(String number) {
        return "SE" + number.replace("-", "");
    }
}
