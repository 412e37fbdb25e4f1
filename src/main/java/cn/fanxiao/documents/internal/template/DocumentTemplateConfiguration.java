package cn.fanxiao.documents.internal.template;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.TimeZone;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;

/**
 * The Freemarker configuration of official documents, built in code and kept private to the renderer: it is not a
 * Spring bean, so it can neither be picked up by nor clash with the MVC views' Freemarker (which will load from
 * {@code classpath:/views/}).
 */
final class DocumentTemplateConfiguration {

    /** 2.3.33+ shows record components as properties ({@code child.name}) and compares strings without collation. */
    static final Version VERSION = Configuration.VERSION_2_3_34;

    /** The Maven build copies the top-level {@code templates/} folder here. */
    static final String TEMPLATE_ROOT = "templates";

    private DocumentTemplateConfiguration() {
    }

    static Configuration create() {
        Configuration cfg = new Configuration(VERSION);
        cfg.setTemplateLoader(new ClassTemplateLoader(DocumentTemplateConfiguration.class.getClassLoader(),
                TEMPLATE_ROOT));
        cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
        cfg.setOutputEncoding(StandardCharsets.UTF_8.name());
        // .ftlh → HTML output format with auto-escaping of every ${…}; its escapes (&lt; &gt; &amp; &quot; &#39;)
        // are also valid XML, so the output stays well-formed XHTML
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setLocalizedLookup(false);
        cfg.setLocale(Locale.SIMPLIFIED_CHINESE);
        cfg.setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"));
        // 1000 not 1,000; dates are never formatted by Freemarker itself (see TemplateFunctions)
        cfg.setNumberFormat("computer");

        // strict: a missing value stops rendering instead of printing blank (no classic_compatible), and the
        // error reaches the caller instead of being written into the document
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);

        // nothing a template could use to reach Java: ?new may instantiate no class, ?api is off, and the wrapper
        // shows record components only. (Values in the model are never evaluated as FTL: a name "${7*7}" prints
        // as it is.)
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(VERSION);
        wrapper.setMemberAccessPolicy(RecordComponentsOnly.INSTANCE);
        wrapper.setExposeFields(false);
        wrapper.setIterableSupport(true);
        cfg.setObjectWrapper(wrapper.build());

        cfg.setSharedVariable("cnDate", TemplateFunctions.cnDate());
        cfg.setSharedVariable("cnDateTime", TemplateFunctions.cnDateTime());
        cfg.setSharedVariable("yuan", TemplateFunctions.yuan());
        cfg.setSharedVariable("yuanInWords", TemplateFunctions.yuanInWords());
        return cfg;
    }
}
