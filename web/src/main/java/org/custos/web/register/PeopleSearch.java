package org.custos.web.register;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.api.PeopleRegister;
import org.custos.protection.api.SubjectQuery;
import org.custos.protection.api.SubjectSort;
import org.custos.protection.api.SubjectSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The register's search page: a lazy table filtered by name, email and category. */
@Named
@ViewScoped
public class PeopleSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PeopleRegister register;

    private String name;
    private String email;
    private SubjectCategory category;

    private final LazyDataModel<SubjectSummary> people = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;
        private Page<SubjectSummary> page;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return page == null ? 0 : (int) page.total();
        }

        @Override
        public List<SubjectSummary> load(int first, int pageSize, Map<String, SortMeta> sort,
                Map<String, FilterMeta> filters) {
            SortMeta order = sort.values().stream().findFirst().orElse(null);
            SubjectSort by = order == null ? SubjectSort.NAME : switch (order.getField()) {
                case "dateOfBirth" -> SubjectSort.DATE_OF_BIRTH;
                default -> SubjectSort.NAME;
            };
            boolean ascending = order == null || order.getOrder() != SortOrder.DESCENDING;
            page = register.search(new SubjectQuery(name, email, category, by, ascending, first, pageSize));
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(SubjectSummary person) {
            return Long.toString(person.id());
        }

        @Override
        public SubjectSummary getRowData(String rowKey) {
            return null;
        }
    };

    public LazyDataModel<SubjectSummary> getPeople() {
        return people;
    }

    public SubjectCategory[] getCategories() {
        return SubjectCategory.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public SubjectCategory getCategory() {
        return category;
    }

    public void setCategory(SubjectCategory category) {
        this.category = category;
    }
}
