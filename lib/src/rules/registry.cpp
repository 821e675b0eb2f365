// The checked rules and the documented findings, in the order they run and are listed. To add a
// rule: write rules/<category>/<name>.cpp with its RuleDoc (id "category/name"), list it here,
// add its unit cases and its golden files under corpus/rules/<category>/.

#include "rules/registry.hpp"

#include "rules/context/needed_context.hpp"
#include "rules/doc/unterminated_fence.hpp"
#include "rules/http/no_message.hpp"

#include <vector>

namespace cartlint::detail {
namespace rules {

const DocumentRule& quirk_doc_table_name();
const DocumentRule& quirk_doc_table_case();
const DocumentRule& quirk_property_case();
const DocumentRule& quirk_duplicate_key();
const ValueRule& quirk_line_item_id_string();
const ValueRule& quirk_partner_ids_string();
const ValueRule& format_guid();
const ValueRule& format_date_time();
const ValueRule& format_unset_date_time();
const ValueRule& format_catalog_item_id();
const ValueRule& format_partner_id();
const ValueRule& format_currency_code();
const ValueRule& billing_invalid_cycle();
const ValueRule& billing_non_canonical_cycle();
const ValueRule& billing_term_mismatch();
const ValueRule& billing_missing_term();
const ValueRule& quantity_range();
const ValueRule& quantity_numeric_string();
const ValueRule& partner_participant_key();
const ValueRule& partner_too_many_additional();
const ValueRule& partner_eu_efta_only();
const ValueRule& partner_indirect_provider();
const ValueRule& partner_repeated_reseller();
const ValueRule& partner_additional_ids_on_cart();
const ValueRule& cart_expiration_before_creation();
const ValueRule& cart_expiration_window();
const ValueRule& cart_expired();
const ValueRule& cart_modified_before_creation();
const ValueRule& provisioning_reservation_scope();
const ValueRule& provisioning_reservation_duration();
const ValueRule& order_line_item_number();
const ValueRule& order_checkout_error();
const MessageRule& http_unknown_endpoint();
const MessageRule& http_path_guid();
const MessageRule& http_malformed_header();
const MessageRule& http_folded_header();
const MessageRule& http_missing_blank_line();
const MessageRule& http_content_length();
const MessageRule& http_content_type();
const MessageRule& http_header_guid();
const MessageRule& http_authorization();
const MessageRule& http_unexpected_body();
const TableRule& doc_table_cells();
const TableRule& doc_unknown_property();
const TableRule& doc_translated_name();
const TableRule& doc_type_mismatch();
const TableRule& doc_required_mismatch();
const TableRule& doc_sample_spelling();
const TableRule& doc_translated_value();

}  // namespace rules

std::span<const Registered> registry() noexcept {
    using namespace rules;
    static const Registered all[] = {
        // Names first: the document rules canonicalise the document that every later rule sees.
        {quirk_doc_table_name()},
        {quirk_doc_table_case()},
        {quirk_property_case()},
        {quirk_duplicate_key()},
        {quirk_line_item_id_string()},
        {quirk_partner_ids_string()},
        {format_guid()},
        {format_date_time()},
        {format_unset_date_time()},
        {format_catalog_item_id()},
        {format_partner_id()},
        {format_currency_code()},
        {billing_invalid_cycle()},
        {billing_non_canonical_cycle()},
        {billing_term_mismatch()},
        {billing_missing_term()},
        {quantity_range()},
        {quantity_numeric_string()},
        {partner_participant_key()},
        {partner_too_many_additional()},
        {partner_eu_efta_only()},
        {partner_indirect_provider()},
        {partner_repeated_reseller()},
        {partner_additional_ids_on_cart()},
        {context_customer_country()},
        {context_provider_id()},
        {cart_expiration_before_creation()},
        {cart_expiration_window()},
        {cart_expired()},
        {cart_modified_before_creation()},
        {provisioning_reservation_scope()},
        {provisioning_reservation_duration()},
        {order_line_item_number()},
        {order_checkout_error()},
        // What holds the payloads: an HTTP message's start line and headers, a doc page's tables.
        {http_no_message()},
        {http_unknown_endpoint()},
        {http_path_guid()},
        {http_malformed_header()},
        {http_folded_header()},
        {http_missing_blank_line()},
        {http_content_length()},
        {http_content_type()},
        {http_header_guid()},
        {http_authorization()},
        {http_unexpected_body()},
        {doc_unterminated_fence()},
        {doc_table_cells()},
        {doc_unknown_property()},
        {doc_translated_name()},
        {doc_type_mismatch()},
        {doc_required_mismatch()},
        {doc_sample_spelling()},
        {doc_translated_value()},
    };
    return all;
}

namespace {

template <class Rule>
std::vector<const Rule*> of_kind() {
    std::vector<const Rule*> out;
    for (const Registered& r : registry())
        if (const Rule* rule = r.as<Rule>()) out.push_back(rule);
    return out;
}

}  // namespace

std::span<const MessageRule* const> message_rules() noexcept {
    static const std::vector<const MessageRule*> all = of_kind<MessageRule>();
    return all;
}

std::span<const TableRule* const> table_rules() noexcept {
    static const std::vector<const TableRule*> all = of_kind<TableRule>();
    return all;
}

std::span<const DocumentRule* const> document_rules() noexcept {
    static const std::vector<const DocumentRule*> all = of_kind<DocumentRule>();
    return all;
}

std::span<const ValueRule* const> value_rules() noexcept {
    static const std::vector<const ValueRule*> all = of_kind<ValueRule>();
    return all;
}

}  // namespace cartlint::detail
