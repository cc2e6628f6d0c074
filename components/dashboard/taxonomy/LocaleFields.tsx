import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/Field";
import type { TermKind } from "@/lib/dashboard/taxonomy/types";
import { routing, type Locale } from "@/lib/i18n/routing";
import type { LocaleText } from "@/lib/validation/taxonomy";
import { TextAreaField } from "./TextAreaField";

/** The form field holding each kind's longer text, if it has one (lib/validation/taxonomy.ts). */
const textFields: Partial<Record<TermKind, string>> = { sections: "description", authors: "bio" };

type Props = { kind: TermKind; locale: Locale; value?: LocaleText; errors?: Record<string, string[]> };

/** One language's name (and description or bio): nameEn, descriptionBe, bioRu … */
export function LocaleFields({ kind, locale, value, errors }: Props) {
  const t = useTranslations("DashboardTaxonomy");
  const suffix = locale.charAt(0).toUpperCase() + locale.slice(1);
  const textField = textFields[kind];
  const isDefault = locale === routing.defaultLocale;
  return (
    <fieldset className="min-w-0 space-y-3 rounded border border-stone-300 bg-white p-4">
      <legend className="px-1 font-sans font-semibold">{t(`locale_${locale}`)}</legend>
      <Field
        label={t(`${kind}.nameLabel`)}
        name={`name${suffix}`}
        defaultValue={value?.name}
        required={isDefault}
        hint={isDefault ? t("nameRequiredHint") : t("nameOptionalHint")}
        maxLength={200}
        lang={locale}
        errors={errors?.[`name${suffix}`]}
      />
      {textField && (
        <TextAreaField
          label={t(`${kind}.textLabel`)}
          name={`${textField}${suffix}`}
          defaultValue={value?.text}
          maxLength={5000}
          lang={locale}
          errors={errors?.[`${textField}${suffix}`]}
        />
      )}
    </fieldset>
  );
}
