# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'centre_profile.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDateEdit, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QWidget)

class Ui_CentreProfileForm(object):
    def setupUi(self, CentreProfileForm):
        if not CentreProfileForm.objectName():
            CentreProfileForm.setObjectName(u"CentreProfileForm")
        CentreProfileForm.resize(900, 560)
        self.gridLayout = QGridLayout(CentreProfileForm)
        self.gridLayout.setObjectName(u"gridLayout")
        self.gridLayout.setHorizontalSpacing(16)
        self.gridLayout.setVerticalSpacing(12)
        self.gridLayout.setContentsMargins(0, 0, 0, 0)
        self.centreBox = QGroupBox(CentreProfileForm)
        self.centreBox.setObjectName(u"centreBox")
        self.centreBoxLayout = QFormLayout(self.centreBox)
        self.centreBoxLayout.setObjectName(u"centreBoxLayout")
        self.centreBoxLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(self.centreBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.centreBoxLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.centreBox)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.centreBoxLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.legalFormLabel = QLabel(self.centreBox)
        self.legalFormLabel.setObjectName(u"legalFormLabel")

        self.centreBoxLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.legalFormLabel)

        self.legalFormEdit = QLineEdit(self.centreBox)
        self.legalFormEdit.setObjectName(u"legalFormEdit")
        self.legalFormEdit.setMaxLength(200)

        self.centreBoxLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.legalFormEdit)

        self.registerCourtLabel = QLabel(self.centreBox)
        self.registerCourtLabel.setObjectName(u"registerCourtLabel")

        self.centreBoxLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.registerCourtLabel)

        self.registerCourtEdit = QLineEdit(self.centreBox)
        self.registerCourtEdit.setObjectName(u"registerCourtEdit")
        self.registerCourtEdit.setMaxLength(200)

        self.centreBoxLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.registerCourtEdit)

        self.registerNumberLabel = QLabel(self.centreBox)
        self.registerNumberLabel.setObjectName(u"registerNumberLabel")

        self.centreBoxLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.registerNumberLabel)

        self.registerNumberEdit = QLineEdit(self.centreBox)
        self.registerNumberEdit.setObjectName(u"registerNumberEdit")
        self.registerNumberEdit.setMaxLength(200)

        self.centreBoxLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.registerNumberEdit)

        self.signatoriesLabel = QLabel(self.centreBox)
        self.signatoriesLabel.setObjectName(u"signatoriesLabel")

        self.centreBoxLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.signatoriesLabel)

        self.signatoriesEdit = QPlainTextEdit(self.centreBox)
        self.signatoriesEdit.setObjectName(u"signatoriesEdit")
        self.signatoriesEdit.setTabChangesFocus(True)
        self.signatoriesEdit.setMaximumSize(QSize(16777215, 90))

        self.centreBoxLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.signatoriesEdit)


        self.gridLayout.addWidget(self.centreBox, 0, 0, 1, 1)

        self.bankBox = QGroupBox(CentreProfileForm)
        self.bankBox.setObjectName(u"bankBox")
        self.bankBoxLayout = QFormLayout(self.bankBox)
        self.bankBoxLayout.setObjectName(u"bankBoxLayout")
        self.bankBoxLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.accountHolderLabel = QLabel(self.bankBox)
        self.accountHolderLabel.setObjectName(u"accountHolderLabel")

        self.bankBoxLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.accountHolderLabel)

        self.accountHolderEdit = QLineEdit(self.bankBox)
        self.accountHolderEdit.setObjectName(u"accountHolderEdit")
        self.accountHolderEdit.setMaxLength(200)

        self.bankBoxLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.accountHolderEdit)

        self.ibanLabel = QLabel(self.bankBox)
        self.ibanLabel.setObjectName(u"ibanLabel")

        self.bankBoxLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ibanLabel)

        self.ibanEdit = QLineEdit(self.bankBox)
        self.ibanEdit.setObjectName(u"ibanEdit")
        self.ibanEdit.setMaxLength(42)
        self.ibanEdit.setPlaceholderText(u"DE00 0000 0000 0000 0000 00")

        self.bankBoxLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ibanEdit)

        self.bicLabel = QLabel(self.bankBox)
        self.bicLabel.setObjectName(u"bicLabel")

        self.bankBoxLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bicLabel)

        self.bicEdit = QLineEdit(self.bankBox)
        self.bicEdit.setObjectName(u"bicEdit")
        self.bicEdit.setMaxLength(14)

        self.bankBoxLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bicEdit)

        self.bankNameLabel = QLabel(self.bankBox)
        self.bankNameLabel.setObjectName(u"bankNameLabel")

        self.bankBoxLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.bankNameLabel)

        self.bankNameEdit = QLineEdit(self.bankBox)
        self.bankNameEdit.setObjectName(u"bankNameEdit")
        self.bankNameEdit.setMaxLength(200)

        self.bankBoxLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.bankNameEdit)


        self.gridLayout.addWidget(self.bankBox, 0, 1, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.addressBox = QGroupBox(CentreProfileForm)
        self.addressBox.setObjectName(u"addressBox")
        self.addressBoxLayout = QFormLayout(self.addressBox)
        self.addressBoxLayout.setObjectName(u"addressBoxLayout")
        self.addressBoxLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.streetLabel = QLabel(self.addressBox)
        self.streetLabel.setObjectName(u"streetLabel")

        self.addressBoxLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.streetLabel)

        self.streetEdit = QLineEdit(self.addressBox)
        self.streetEdit.setObjectName(u"streetEdit")
        self.streetEdit.setMaxLength(200)

        self.addressBoxLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.streetEdit)

        self.postalCodeLabel = QLabel(self.addressBox)
        self.postalCodeLabel.setObjectName(u"postalCodeLabel")

        self.addressBoxLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.postalCodeLabel)

        self.townLayout = QHBoxLayout()
        self.townLayout.setObjectName(u"townLayout")
        self.postalCodeEdit = QLineEdit(self.addressBox)
        self.postalCodeEdit.setObjectName(u"postalCodeEdit")
        self.postalCodeEdit.setMaxLength(10)
        self.postalCodeEdit.setPlaceholderText(u"70173")
        self.postalCodeEdit.setMaximumSize(QSize(90, 16777215))

        self.townLayout.addWidget(self.postalCodeEdit)

        self.cityEdit = QLineEdit(self.addressBox)
        self.cityEdit.setObjectName(u"cityEdit")
        self.cityEdit.setMaxLength(200)

        self.townLayout.addWidget(self.cityEdit)


        self.addressBoxLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.townLayout)

        self.emailLabel = QLabel(self.addressBox)
        self.emailLabel.setObjectName(u"emailLabel")

        self.addressBoxLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.addressBox)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(254)

        self.addressBoxLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(self.addressBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.addressBoxLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.addressBox)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(60)

        self.addressBoxLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.websiteLabel = QLabel(self.addressBox)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.addressBoxLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.websiteEdit = QLineEdit(self.addressBox)
        self.websiteEdit.setObjectName(u"websiteEdit")
        self.websiteEdit.setMaxLength(200)

        self.addressBoxLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.websiteEdit)


        self.gridLayout.addWidget(self.addressBox, 1, 0, 1, 1)

        self.taxBox = QGroupBox(CentreProfileForm)
        self.taxBox.setObjectName(u"taxBox")
        self.taxBoxLayout = QFormLayout(self.taxBox)
        self.taxBoxLayout.setObjectName(u"taxBoxLayout")
        self.taxBoxLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.taxNoticeLabel = QLabel(self.taxBox)
        self.taxNoticeLabel.setObjectName(u"taxNoticeLabel")

        self.taxBoxLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.taxNoticeLabel)

        self.taxNoticeLayout = QHBoxLayout()
        self.taxNoticeLayout.setObjectName(u"taxNoticeLayout")
        self.taxNoticeCheck = QCheckBox(self.taxBox)
        self.taxNoticeCheck.setObjectName(u"taxNoticeCheck")

        self.taxNoticeLayout.addWidget(self.taxNoticeCheck)

        self.taxNoticeDateEdit = QDateEdit(self.taxBox)
        self.taxNoticeDateEdit.setObjectName(u"taxNoticeDateEdit")
        self.taxNoticeDateEdit.setEnabled(False)
        self.taxNoticeDateEdit.setCalendarPopup(True)

        self.taxNoticeLayout.addWidget(self.taxNoticeDateEdit)

        self.taxNoticeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.taxNoticeLayout.addItem(self.taxNoticeSpacer)


        self.taxBoxLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.taxNoticeLayout)

        self.taxOfficeLabel = QLabel(self.taxBox)
        self.taxOfficeLabel.setObjectName(u"taxOfficeLabel")

        self.taxBoxLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.taxOfficeLabel)

        self.taxOfficeEdit = QLineEdit(self.taxBox)
        self.taxOfficeEdit.setObjectName(u"taxOfficeEdit")
        self.taxOfficeEdit.setMaxLength(200)

        self.taxBoxLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.taxOfficeEdit)


        self.gridLayout.addWidget(self.taxBox, 1, 1, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.noticesBox = QGroupBox(CentreProfileForm)
        self.noticesBox.setObjectName(u"noticesBox")
        self.noticesBoxLayout = QFormLayout(self.noticesBox)
        self.noticesBoxLayout.setObjectName(u"noticesBoxLayout")
        self.noticesBoxLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.houseRulesLabel = QLabel(self.noticesBox)
        self.houseRulesLabel.setObjectName(u"houseRulesLabel")

        self.noticesBoxLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.houseRulesLabel)

        self.houseRulesEdit = QLineEdit(self.noticesBox)
        self.houseRulesEdit.setObjectName(u"houseRulesEdit")
        self.houseRulesEdit.setMaxLength(300)

        self.noticesBoxLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.houseRulesEdit)

        self.keyContactLabel = QLabel(self.noticesBox)
        self.keyContactLabel.setObjectName(u"keyContactLabel")

        self.noticesBoxLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.keyContactLabel)

        self.keyContactEdit = QLineEdit(self.noticesBox)
        self.keyContactEdit.setObjectName(u"keyContactEdit")
        self.keyContactEdit.setMaxLength(200)

        self.noticesBoxLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.keyContactEdit)


        self.gridLayout.addWidget(self.noticesBox, 2, 0, 1, 2)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.gridLayout.addItem(self.bottomSpacer, 3, 0, 1, 2)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.legalFormLabel.setBuddy(self.legalFormEdit)
        self.registerCourtLabel.setBuddy(self.registerCourtEdit)
        self.registerNumberLabel.setBuddy(self.registerNumberEdit)
        self.signatoriesLabel.setBuddy(self.signatoriesEdit)
        self.accountHolderLabel.setBuddy(self.accountHolderEdit)
        self.ibanLabel.setBuddy(self.ibanEdit)
        self.bicLabel.setBuddy(self.bicEdit)
        self.bankNameLabel.setBuddy(self.bankNameEdit)
        self.streetLabel.setBuddy(self.streetEdit)
        self.postalCodeLabel.setBuddy(self.postalCodeEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.websiteLabel.setBuddy(self.websiteEdit)
        self.taxNoticeLabel.setBuddy(self.taxNoticeCheck)
        self.taxOfficeLabel.setBuddy(self.taxOfficeEdit)
        self.houseRulesLabel.setBuddy(self.houseRulesEdit)
        self.keyContactLabel.setBuddy(self.keyContactEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.legalFormEdit)
        QWidget.setTabOrder(self.legalFormEdit, self.registerCourtEdit)
        QWidget.setTabOrder(self.registerCourtEdit, self.registerNumberEdit)
        QWidget.setTabOrder(self.registerNumberEdit, self.signatoriesEdit)
        QWidget.setTabOrder(self.signatoriesEdit, self.streetEdit)
        QWidget.setTabOrder(self.streetEdit, self.postalCodeEdit)
        QWidget.setTabOrder(self.postalCodeEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.websiteEdit)
        QWidget.setTabOrder(self.websiteEdit, self.accountHolderEdit)
        QWidget.setTabOrder(self.accountHolderEdit, self.ibanEdit)
        QWidget.setTabOrder(self.ibanEdit, self.bicEdit)
        QWidget.setTabOrder(self.bicEdit, self.bankNameEdit)
        QWidget.setTabOrder(self.bankNameEdit, self.taxNoticeCheck)
        QWidget.setTabOrder(self.taxNoticeCheck, self.taxNoticeDateEdit)
        QWidget.setTabOrder(self.taxNoticeDateEdit, self.taxOfficeEdit)
        QWidget.setTabOrder(self.taxOfficeEdit, self.houseRulesEdit)
        QWidget.setTabOrder(self.houseRulesEdit, self.keyContactEdit)

        self.retranslateUi(CentreProfileForm)
        self.taxNoticeCheck.toggled.connect(self.taxNoticeDateEdit.setEnabled)

        QMetaObject.connectSlotsByName(CentreProfileForm)
    # setupUi

    def retranslateUi(self, CentreProfileForm):
        CentreProfileForm.setWindowTitle(QCoreApplication.translate("CentreProfileForm", u"Centre profile", None))
        self.centreBox.setTitle(QCoreApplication.translate("CentreProfileForm", u"Centre", None))
        self.nameLabel.setText(QCoreApplication.translate("CentreProfileForm", u"&Name:", None))
        self.legalFormLabel.setText(QCoreApplication.translate("CentreProfileForm", u"&Legal form:", None))
        self.legalFormEdit.setPlaceholderText(QCoreApplication.translate("CentreProfileForm", u"e.g. eingetragener Verein (e. V.)", None))
        self.registerCourtLabel.setText(QCoreApplication.translate("CentreProfileForm", u"Register &court:", None))
        self.registerCourtEdit.setPlaceholderText(QCoreApplication.translate("CentreProfileForm", u"e.g. Amtsgericht Stuttgart", None))
        self.registerNumberLabel.setText(QCoreApplication.translate("CentreProfileForm", u"Register n&umber:", None))
        self.registerNumberEdit.setPlaceholderText(QCoreApplication.translate("CentreProfileForm", u"e.g. VR 12345", None))
        self.signatoriesLabel.setText(QCoreApplication.translate("CentreProfileForm", u"Authorised si&gnatories:", None))
        self.signatoriesEdit.setPlaceholderText(QCoreApplication.translate("CentreProfileForm", u"One person per line, e.g. Maria Beispiel (1. Vorsitzende)", None))
        self.bankBox.setTitle(QCoreApplication.translate("CentreProfileForm", u"Bank account", None))
        self.accountHolderLabel.setText(QCoreApplication.translate("CentreProfileForm", u"Account &holder:", None))
        self.ibanLabel.setText(QCoreApplication.translate("CentreProfileForm", u"&IBAN:", None))
        self.bicLabel.setText(QCoreApplication.translate("CentreProfileForm", u"&BIC:", None))
        self.bankNameLabel.setText(QCoreApplication.translate("CentreProfileForm", u"B&ank:", None))
        self.addressBox.setTitle(QCoreApplication.translate("CentreProfileForm", u"Address and contact", None))
        self.streetLabel.setText(QCoreApplication.translate("CentreProfileForm", u"&Street:", None))
        self.postalCodeLabel.setText(QCoreApplication.translate("CentreProfileForm", u"&Postcode and town:", None))
        self.emailLabel.setText(QCoreApplication.translate("CentreProfileForm", u"&Email:", None))
        self.phoneLabel.setText(QCoreApplication.translate("CentreProfileForm", u"&Phone:", None))
        self.websiteLabel.setText(QCoreApplication.translate("CentreProfileForm", u"&Website:", None))
        self.taxBox.setTitle(QCoreApplication.translate("CentreProfileForm", u"Tax", None))
        self.taxNoticeLabel.setText(QCoreApplication.translate("CentreProfileForm", u"Tax e&xemption notice:", None))
        self.taxNoticeCheck.setText(QCoreApplication.translate("CentreProfileForm", u"received on", None))
        self.taxOfficeLabel.setText(QCoreApplication.translate("CentreProfileForm", u"Tax o&ffice:", None))
        self.taxOfficeEdit.setPlaceholderText(QCoreApplication.translate("CentreProfileForm", u"e.g. Finanzamt Stuttgart-K\u00f6rperschaften", None))
        self.noticesBox.setTitle(QCoreApplication.translate("CentreProfileForm", u"Notice board and printouts", None))
        self.houseRulesLabel.setText(QCoreApplication.translate("CentreProfileForm", u"House &rules line:", None))
        self.houseRulesEdit.setPlaceholderText(QCoreApplication.translate("CentreProfileForm", u"e.g. Bitte um 22 Uhr l\u00fcften, abschlie\u00dfen und Licht aus.", None))
        self.keyContactLabel.setText(QCoreApplication.translate("CentreProfileForm", u"&Key contact:", None))
        self.keyContactEdit.setPlaceholderText(QCoreApplication.translate("CentreProfileForm", u"e.g. Hausdienst, Tel. 0711 123456", None))
    # retranslateUi

