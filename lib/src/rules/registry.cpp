// The checked rules, in the order they run and are listed. To add a rule: write
// rules/<category>/<name>.cpp with its RuleDoc (id "category/name"), list it here, add its
// unit cases and its golden files under corpus/rules/<category>/.

#include "rules/registry.hpp"

namespace cartlint::detail {
namespace rules {

const Rule& quirk_doc_table_name();
const Rule& quirk_doc_table_case();
const Rule& quirk_property_case();
const Rule& quirk_duplicate_key();
const Rule& quirk_line_item_id_string();
const Rule& quirk_partner_ids_string();
const Rule& format_guid();
const Rule& format_date_time();
const Rule& format_unset_date_time();
const Rule& format_catalog_item_id();
const Rule& format_partner_id();
const Rule& format_currency_code();
const Rule& billing_invalid_cycle();
const Rule& billing_non_canonical_cycle();
const Rule& billing_term_mismatch();
const Rule& billing_missing_term();
const Rule& quantity_range();
const Rule& quantity_numeric_string();
const Rule& partner_participant_key();
const Rule& partner_too_many_additional();
const Rule& partner_eu_efta_only();
const Rule& partner_indirect_provider();
const Rule& partner_repeated_reseller();
const Rule& partner_additional_ids_on_cart();
const Rule& context_customer_country();
const Rule& context_provider_id();
const Rule& cart_expiration_before_creation();
const Rule& cart_expiration_window();
const Rule& cart_expired();
const Rule& cart_modified_before_creation();
const Rule& provisioning_reservation_scope();
const Rule& provisioning_reservation_duration();
const Rule& order_line_item_number();
const Rule& order_checkout_error();

}  // namespace rules

std::span<const Rule* const> checked_rules() noexcept {
    using namespace rules;
    static const Rule* const all[] = {
        // Names first: their prepare() canonicalises the document that every later rule sees.
        &quirk_doc_table_name(),
        &quirk_doc_table_case(),
        &quirk_property_case(),
        &quirk_duplicate_key(),
        &quirk_line_item_id_string(),
        &quirk_partner_ids_string(),
        &format_guid(),
        &format_date_time(),
        &format_unset_date_time(),
        &format_catalog_item_id(),
        &format_partner_id(),
        &format_currency_code(),
        &billing_invalid_cycle(),
        &billing_non_canonical_cycle(),
        &billing_term_mismatch(),
        &billing_missing_term(),
        &quantity_range(),
        &quantity_numeric_string(),
        &partner_participant_key(),
        &partner_too_many_additional(),
        &partner_eu_efta_only(),
        &partner_indirect_provider(),
        &partner_repeated_reseller(),
        &partner_additional_ids_on_cart(),
        &context_customer_country(),
        &context_provider_id(),
        &cart_expiration_before_creation(),
        &cart_expiration_window(),
        &cart_expired(),
        &cart_modified_before_creation(),
        &provisioning_reservation_scope(),
        &provisioning_reservation_duration(),
        &order_line_item_number(),
        &order_checkout_error(),
    };
    return all;
}

}  // namespace cartlint::detail
