package no.samhandling.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordELResolverTest {

    record Sample(String name, long version) {
    }

    @Test
    void reads_record_components_and_leaves_other_beans_alone() {
        RecordELResolver resolver = new RecordELResolver();
        ELContext context = new BareContext();

        assertThat(resolver.getValue(context, new Sample("Nesodden", 3), "name")).isEqualTo("Nesodden");
        assertThat(context.isPropertyResolved()).isTrue();
        assertThat(resolver.isReadOnly(context, new Sample("Nesodden", 3), "version")).isTrue();

        ELContext other = new BareContext();
        assertThat(resolver.getValue(other, "a string", "length")).isNull();
        assertThat(other.isPropertyResolved()).isFalse();
    }

    /** The resolver needs nothing of its context but the resolved flag. */
    static class BareContext extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
