package org.custos.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.custos.staff.api.StaffFileView;
import org.custos.staff.api.StaffFiles;
import org.custos.web.shell.FacadeCall;

/** A staff file: the person, whether they are still on the staff, and the tabs its sections show. */
@Named
@ViewScoped
public class StaffFilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StaffFiles staffFiles;

    private Long id;
    private int tab;
    private StaffFileView file;

    public void load() {
        if (id != null && file == null) {
            FacadeCall.attempt(() -> staffFiles.file(id)).ifPresent(found -> file = found);
        }
    }

    /**
     * After a change a section made: the page shown again with the message, every tab reading the file anew; null
     * (the page stays, with what was typed) when the facade refused.
     */
    String reloaded(Optional<StaffFileView> changed, String message) {
        return changed.map(saved -> {
            FacadeCall.info(message);
            return "/staff/file.xhtml?faces-redirect=true&id=" + saved.id();
        }).orElse(null);
    }

    /** The file as a change within a tab left it, shown without reloading the page. */
    void shown(StaffFileView changed) {
        file = changed;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getTab() {
        return tab;
    }

    public void setTab(int tab) {
        this.tab = tab;
    }

    public StaffFileView getFile() {
        return file;
    }
}
