package org.custos.web.people;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectQuery;
import org.custos.protection.register.api.SubjectSort;
import org.custos.protection.register.api.SubjectSummary;
import org.custos.web.shell.LazyPages;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The register's search page: a lazy table filtered by name, email and category. */
@Named
@ViewScoped
public class PeopleSearchPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String TABLE = "search:people";

    @EJB
    PeopleRegister register;

    private String name;
    private String email;
    private SubjectCategory category;
    /** How many people the current search found: its later pages and orders are not counted again. */
    private Long found;

    private final LazyPages<SubjectSummary> people = new LazyPages<>(this::page,
            person -> Long.toString(person.id()));

    private Page<SubjectSummary> page(int first, int pageSize, Optional<SortMeta> sort) {
        SubjectSort by = sort.map(SortMeta::getField).filter("dateOfBirth"::equals).isPresent()
                ? SubjectSort.DATE_OF_BIRTH : SubjectSort.NAME;
        boolean ascending = sort.map(order -> order.getOrder() != SortOrder.DESCENDING).orElse(true);
        Page<SubjectSummary> page = register.search(new SubjectQuery(name, email, category, by, ascending, first,
                pageSize, found));
        found = page.total();
        return page;
    }

    /** A new search starts on its first page, and is counted. */
    public void find() {
        found = null;
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        table.setFirst(0);
    }

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
