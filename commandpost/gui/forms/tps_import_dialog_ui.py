# GENERATED from ui/tps_import_dialog.ui by `make forms` — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tps_import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDialog,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_TpsImportDialog(object):
    def setupUi(self, TpsImportDialog):
        if not TpsImportDialog.objectName():
            TpsImportDialog.setObjectName(u"TpsImportDialog")
        TpsImportDialog.resize(920, 640)
        TpsImportDialog.setMinimumSize(QSize(640, 480))
        self.dialogLayout = QVBoxLayout(TpsImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.pages = QStackedWidget(TpsImportDialog)
        self.pages.setObjectName(u"pages")
        self.startPage = QWidget()
        self.startPage.setObjectName(u"startPage")
        self.startLayout = QVBoxLayout(self.startPage)
        self.startLayout.setObjectName(u"startLayout")
        self.startLayout.setContentsMargins(0, 0, 0, 0)
        self.introLabel = QLabel(self.startPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)
        self.introLabel.setWordWrap(True)

        self.startLayout.addWidget(self.introLabel)

        self.chooseLayout = QHBoxLayout()
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.chooseButton = QPushButton(self.startPage)
        self.chooseButton.setObjectName(u"chooseButton")
        self.chooseButton.setAutoDefault(False)

        self.chooseLayout.addWidget(self.chooseButton)

        self.chooseSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chooseLayout.addItem(self.chooseSpacer)


        self.startLayout.addLayout(self.chooseLayout)

        self.startSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.startLayout.addItem(self.startSpacer)

        self.pages.addWidget(self.startPage)
        self.previewPage = QWidget()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.summaryLabel = QLabel(self.previewPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        font = QFont()
        font.setBold(True)
        self.summaryLabel.setFont(font)
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.summaryLabel)

        self.warningLabel = QLabel(self.previewPage)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setStyleSheet(u"color: #b71c1c;")
        self.warningLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.warningLabel)

        self.removeMissingCheck = QCheckBox(self.previewPage)
        self.removeMissingCheck.setObjectName(u"removeMissingCheck")

        self.previewLayout.addWidget(self.removeMissingCheck)

        self.previewTabs = QTabWidget(self.previewPage)
        self.previewTabs.setObjectName(u"previewTabs")
        self.changesTab = QWidget()
        self.changesTab.setObjectName(u"changesTab")
        self.changesTabLayout = QVBoxLayout(self.changesTab)
        self.changesTabLayout.setObjectName(u"changesTabLayout")
        self.changesView = QTableView(self.changesTab)
        self.changesView.setObjectName(u"changesView")
        self.changesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changesView.setAlternatingRowColors(True)
        self.changesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changesView.setWordWrap(False)
        self.changesView.horizontalHeader().setStretchLastSection(True)
        self.changesView.verticalHeader().setVisible(False)

        self.changesTabLayout.addWidget(self.changesView)

        self.limitNote = QLabel(self.changesTab)
        self.limitNote.setObjectName(u"limitNote")
        self.limitNote.setWordWrap(True)

        self.changesTabLayout.addWidget(self.limitNote)

        self.previewTabs.addTab(self.changesTab, "")
        self.columnsTab = QWidget()
        self.columnsTab.setObjectName(u"columnsTab")
        self.columnsTabLayout = QVBoxLayout(self.columnsTab)
        self.columnsTabLayout.setObjectName(u"columnsTabLayout")
        self.columnsView = QTableView(self.columnsTab)
        self.columnsView.setObjectName(u"columnsView")
        self.columnsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columnsView.setAlternatingRowColors(True)
        self.columnsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.columnsView.setWordWrap(True)
        self.columnsView.horizontalHeader().setStretchLastSection(True)
        self.columnsView.verticalHeader().setVisible(False)

        self.columnsTabLayout.addWidget(self.columnsView)

        self.previewTabs.addTab(self.columnsTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesTabLayout = QVBoxLayout(self.notesTab)
        self.notesTabLayout.setObjectName(u"notesTabLayout")
        self.notesView = QTableView(self.notesTab)
        self.notesView.setObjectName(u"notesView")
        self.notesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notesView.setAlternatingRowColors(True)
        self.notesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.notesView.setWordWrap(True)
        self.notesView.horizontalHeader().setStretchLastSection(True)
        self.notesView.verticalHeader().setVisible(False)

        self.notesTabLayout.addWidget(self.notesView)

        self.previewTabs.addTab(self.notesTab, "")
        self.rejectedTab = QWidget()
        self.rejectedTab.setObjectName(u"rejectedTab")
        self.rejectedTabLayout = QVBoxLayout(self.rejectedTab)
        self.rejectedTabLayout.setObjectName(u"rejectedTabLayout")
        self.rejectedNote = QLabel(self.rejectedTab)
        self.rejectedNote.setObjectName(u"rejectedNote")
        self.rejectedNote.setWordWrap(True)

        self.rejectedTabLayout.addWidget(self.rejectedNote)

        self.rejectedView = QTableView(self.rejectedTab)
        self.rejectedView.setObjectName(u"rejectedView")
        self.rejectedView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejectedView.setAlternatingRowColors(True)
        self.rejectedView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rejectedView.setWordWrap(True)
        self.rejectedView.horizontalHeader().setStretchLastSection(True)
        self.rejectedView.verticalHeader().setVisible(False)

        self.rejectedTabLayout.addWidget(self.rejectedView)

        self.previewTabs.addTab(self.rejectedTab, "")
        self.missingTab = QWidget()
        self.missingTab.setObjectName(u"missingTab")
        self.missingTabLayout = QVBoxLayout(self.missingTab)
        self.missingTabLayout.setObjectName(u"missingTabLayout")
        self.missingNote = QLabel(self.missingTab)
        self.missingNote.setObjectName(u"missingNote")
        self.missingNote.setWordWrap(True)

        self.missingTabLayout.addWidget(self.missingNote)

        self.missingView = QTableView(self.missingTab)
        self.missingView.setObjectName(u"missingView")
        self.missingView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.missingView.setAlternatingRowColors(True)
        self.missingView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.missingView.setWordWrap(True)
        self.missingView.horizontalHeader().setStretchLastSection(True)
        self.missingView.verticalHeader().setVisible(False)

        self.missingTabLayout.addWidget(self.missingView)

        self.previewTabs.addTab(self.missingTab, "")

        self.previewLayout.addWidget(self.previewTabs)

        self.hintLabel = QLabel(self.previewPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.hintLabel)

        self.pages.addWidget(self.previewPage)
        self.problemsPage = QWidget()
        self.problemsPage.setObjectName(u"problemsPage")
        self.problemsLayout = QVBoxLayout(self.problemsPage)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsLayout.setContentsMargins(0, 0, 0, 0)
        self.problemsHeadline = QLabel(self.problemsPage)
        self.problemsHeadline.setObjectName(u"problemsHeadline")
        self.problemsHeadline.setFont(font)
        self.problemsHeadline.setStyleSheet(u"color: #b71c1c;")
        self.problemsHeadline.setWordWrap(True)

        self.problemsLayout.addWidget(self.problemsHeadline)

        self.problemsNote = QLabel(self.problemsPage)
        self.problemsNote.setObjectName(u"problemsNote")
        self.problemsNote.setWordWrap(True)

        self.problemsLayout.addWidget(self.problemsNote)

        self.problemsView = QTableView(self.problemsPage)
        self.problemsView.setObjectName(u"problemsView")
        self.problemsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsView.setAlternatingRowColors(True)
        self.problemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemsView.setWordWrap(True)
        self.problemsView.horizontalHeader().setStretchLastSection(True)
        self.problemsView.verticalHeader().setVisible(False)

        self.problemsLayout.addWidget(self.problemsView)

        self.moreLabel = QLabel(self.problemsPage)
        self.moreLabel.setObjectName(u"moreLabel")
        self.moreLabel.setWordWrap(True)

        self.problemsLayout.addWidget(self.moreLabel)

        self.skipGroup = QGroupBox(self.problemsPage)
        self.skipGroup.setObjectName(u"skipGroup")
        self.skipLayout = QVBoxLayout(self.skipGroup)
        self.skipLayout.setObjectName(u"skipLayout")
        self.skipNote = QLabel(self.skipGroup)
        self.skipNote.setObjectName(u"skipNote")
        self.skipNote.setWordWrap(True)

        self.skipLayout.addWidget(self.skipNote)

        self.skipButtonLayout = QHBoxLayout()
        self.skipButtonLayout.setObjectName(u"skipButtonLayout")
        self.skipButton = QPushButton(self.skipGroup)
        self.skipButton.setObjectName(u"skipButton")
        self.skipButton.setAutoDefault(False)

        self.skipButtonLayout.addWidget(self.skipButton)

        self.skipSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.skipButtonLayout.addItem(self.skipSpacer)


        self.skipLayout.addLayout(self.skipButtonLayout)


        self.problemsLayout.addWidget(self.skipGroup)

        self.pages.addWidget(self.problemsPage)

        self.dialogLayout.addWidget(self.pages)

        self.progressBar = QProgressBar(TpsImportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setVisible(False)
        self.progressBar.setMaximum(1000)
        self.progressBar.setTextVisible(True)

        self.dialogLayout.addWidget(self.progressBar)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.chooseAnotherButton = QPushButton(TpsImportDialog)
        self.chooseAnotherButton.setObjectName(u"chooseAnotherButton")
        self.chooseAnotherButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.chooseAnotherButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.applyButton = QPushButton(TpsImportDialog)
        self.applyButton.setObjectName(u"applyButton")

        self.buttonLayout.addWidget(self.applyButton)

        self.cancelButton = QPushButton(TpsImportDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.chooseButton, self.previewTabs)
        QWidget.setTabOrder(self.previewTabs, self.changesView)
        QWidget.setTabOrder(self.changesView, self.columnsView)
        QWidget.setTabOrder(self.columnsView, self.notesView)
        QWidget.setTabOrder(self.notesView, self.rejectedView)
        QWidget.setTabOrder(self.rejectedView, self.problemsView)
        QWidget.setTabOrder(self.problemsView, self.skipButton)
        QWidget.setTabOrder(self.skipButton, self.chooseAnotherButton)
        QWidget.setTabOrder(self.chooseAnotherButton, self.applyButton)
        QWidget.setTabOrder(self.applyButton, self.cancelButton)

        self.retranslateUi(TpsImportDialog)
        self.cancelButton.clicked.connect(TpsImportDialog.reject)

        self.pages.setCurrentIndex(0)
        self.previewTabs.setCurrentIndex(0)
        self.applyButton.setDefault(True)

    # setupUi

    def retranslateUi(self, TpsImportDialog):
        TpsImportDialog.setWindowTitle(QCoreApplication.translate("TpsImportDialog", u"Import TPS list", None))
        self.introLabel.setText(QCoreApplication.translate("TpsImportDialog", u"<p>Choose a TPS list as KPU hands it out: a CSV or Excel (XLSX) file with one row per TPS. The program finds the table itself (title rows, two-row headers, a JUMLAH row and the signature block are skipped and listed) and needs:</p><ul><li>the <b>village code</b> (kode_desa, e.g. 36.02.01.2002 or 3602012002) and the <b>TPS number</b> (no_tps: 1, 001 or TPS 001), or a 13-digit <b>TPS code</b> (kode_tps);</li><li>the <b>DPT</b> (jumlah_dpt), or DPT L and DPT P;</li><li>optionally the <b>address</b> (alamat) and the village name (nama_desa, used to check the codes).</li></ul><p>You see every new and changed TPS before anything is saved. TPS that the file does not list are kept unless you choose to delete them; the whole import can be undone (Ctrl+Z). A file with a wrong row is not imported unless you choose to skip the wrong rows.</p>", None))
        self.chooseButton.setText(QCoreApplication.translate("TpsImportDialog", u"&Choose file\u2026", None))
        self.removeMissingCheck.setText(QCoreApplication.translate("TpsImportDialog", u"&Delete the TPS of these villages that the file no longer lists", None))
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.changesTab), QCoreApplication.translate("TpsImportDialog", u"&Changes", None))
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.columnsTab), QCoreApplication.translate("TpsImportDialog", u"C&olumns", None))
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.notesTab), QCoreApplication.translate("TpsImportDialog", u"&Notes and warnings", None))
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.rejectedTab), QCoreApplication.translate("TpsImportDialog", u"&Skipped rows", None))
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.missingTab), QCoreApplication.translate("TpsImportDialog", u"Not in the &file", None))
        self.problemsNote.setText(QCoreApplication.translate("TpsImportDialog", u"The database has not been changed. Correct these rows in the file, save it, and choose it again.", None))
        self.skipGroup.setTitle(QCoreApplication.translate("TpsImportDialog", u"Or import what is right now", None))
        self.skipNote.setText(QCoreApplication.translate("TpsImportDialog", u"The wrong rows are left out and saved to a CSV file of their own, with the reason on each row, so that they can be corrected and imported later.", None))
        self.skipButton.setText(QCoreApplication.translate("TpsImportDialog", u"Import the &good rows only", None))
        self.chooseAnotherButton.setText(QCoreApplication.translate("TpsImportDialog", u"Choose a&nother file\u2026", None))
        self.applyButton.setText(QCoreApplication.translate("TpsImportDialog", u"&Import", None))
        self.cancelButton.setText(QCoreApplication.translate("TpsImportDialog", u"Cancel", None))
    # retranslateUi

